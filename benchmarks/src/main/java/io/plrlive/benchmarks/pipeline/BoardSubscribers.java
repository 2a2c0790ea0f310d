package io.plrlive.benchmarks.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

import io.plrlive.benchmarks.service.StreamTokenSigner;

/**
 * The browsers: SSE streams read without blocking (Reactor Netty, one connection per
 * stream, events cut at their blank line), subscriber {@code i} on course instance
 * {@code i % courseInstances}. Each live board that arrives shows, in its top entry, the
 * newest change it includes; every change newer than the subscriber's previous board is
 * recorded as delivered, at the board's receipt time minus the change's commit time.
 */
public final class BoardSubscribers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BoardSubscribers.class);

	/**
	 * Streams that may wait for their first board at once, as in the gateway benchmark.
	 */
	private static final int OPENING_AT_ONCE = 256;

	private static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

	private static final byte[] EVENT_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final ByteBuf LIVE_KIND = marker("\"kind\":\"LIVE\"");

	private static final ByteBuf POINTS_FIELD = marker("\"points\":");

	/** Live points are the assessment's points × 1000. */
	private static final long LIVE_POINTS_PER_POINT = 1000;

	private final LoopResources loops;

	private final HttpClient http;

	private final CommitLog commits;

	private final DeliveryLatencies latencies;

	private final List<Subscriber> subscribers = new ArrayList<>();

	private final AtomicInteger ended = new AtomicInteger();

	private final Semaphore opening = new Semaphore(OPENING_AT_ONCE);

	public BoardSubscribers(CommitLog commits, int eventLoops) {
		this.commits = commits;
		this.latencies = new DeliveryLatencies(commits);
		this.loops = LoopResources.create("sse-subscriber", eventLoops, true);
		this.http = HttpClient.create(ConnectionProvider.newConnection())
			.runOn(this.loops)
			.doOnResponse((response, connection) -> connection.addHandlerLast("sse-events",
					new DelimiterBasedFrameDecoder(MAX_EVENT_BYTES, Unpooled.wrappedBuffer(EVENT_END))));
	}

	/**
	 * Opens the streams and returns once each has its first live board.
	 * @param count subscribers
	 * @param classes the course instances, in index order
	 * @param uri a course instance's stream
	 * @param timeout the longest wait
	 */
	public void open(int count, List<SeededClass> classes, LongFunction<URI> uri, Duration timeout) {
		StreamTokenSigner tokens = new StreamTokenSigner();
		CountDownLatch ready = new CountDownLatch(count);
		long deadline = System.nanoTime() + timeout.toNanos();
		for (int i = 0; i < count; i++) {
			acquireOpening(deadline, i);
			int courseIndex = i % classes.size();
			long courseInstanceId = classes.get(courseIndex).courseInstanceId();
			Subscriber subscriber = new Subscriber(courseIndex, ready);
			this.subscribers.add(subscriber);
			String token = tokens.student("pipeline-viewer-" + i, courseInstanceId);
			subscriber.disposable = this.http.headers((headers) -> {
				headers.set(HttpHeaderNames.ACCEPT, "text/event-stream");
				headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
			}).get().uri(uri.apply(courseInstanceId)).response((response, body) -> {
				if (!response.status().equals(HttpResponseStatus.OK)) {
					return Flux.error(new IllegalStateException("the gateway answered " + response.status()));
				}
				return body;
			})
				.subscribe((event) -> onEvent(subscriber, event), (error) -> onEnd(subscriber, error),
						() -> onEnd(subscriber, null));
		}
		try {
			if (!ready.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				// Measured without them, and counted as ended in the report.
				int missing = 0;
				for (Subscriber subscriber : this.subscribers) {
					if (!subscriber.opened) {
						subscriber.ended = true;
						missing++;
					}
				}
				this.ended.addAndGet(missing);
				log.warn("{} of {} streams had no live board within {} s; measuring without them", missing, count,
						timeout.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while opening streams", ex);
		}
		log.info("{} subscribers have their first live board", count - this.ended.get());
	}

	/**
	 * The latencies recorded since the previous call, in microseconds.
	 * @return a histogram of its own
	 */
	public Histogram latencies() {
		return this.latencies.sinceLastCall();
	}

	/**
	 * Waits (bounded) until every subscriber has a board with the newest change of its
	 * course instance.
	 * @param timeout the longest wait
	 * @return changes not yet delivered, summed over the subscribers
	 */
	public long awaitDelivered(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long missing = undelivered();
		while (missing > 0 && System.nanoTime() < deadline) {
			try {
				TimeUnit.MILLISECONDS.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return missing;
			}
			missing = undelivered();
		}
		return missing;
	}

	/**
	 * Streams that ended after their first board: dropped as slow, or failed.
	 * @return how many
	 */
	public int ended() {
		return this.ended.get();
	}

	/**
	 * Deliveries that arrived before the writer's commit call had returned, recorded as
	 * 0.
	 * @return how many
	 */
	public int early() {
		return this.latencies.early();
	}

	private long undelivered() {
		long missing = 0;
		for (Subscriber subscriber : this.subscribers) {
			if (!subscriber.ended) {
				missing += Math.max(0, this.commits.last(subscriber.courseIndex) - subscriber.lastChange);
			}
		}
		return missing;
	}

	private void onEvent(Subscriber subscriber, ByteBuf event) {
		if (ByteBufUtil.indexOf(LIVE_KIND, event) < 0) {
			return;
		}
		long received = System.nanoTime();
		int at = ByteBufUtil.indexOf(POINTS_FIELD, event);
		if (at < 0) {
			return;
		}
		int newest = (int) (number(event, at + POINTS_FIELD.readableBytes()) / LIVE_POINTS_PER_POINT);
		if (!subscriber.opened) {
			subscriber.opened = true;
			subscriber.lastChange = newest;
			subscriber.ready.countDown();
			this.opening.release();
			return;
		}
		this.latencies.delivered(subscriber.courseIndex, subscriber.lastChange, newest, received);
		if (newest > subscriber.lastChange) {
			subscriber.lastChange = newest;
		}
	}

	private void onEnd(Subscriber subscriber, Throwable error) {
		if (subscriber.closing) {
			return;
		}
		subscriber.ended = true;
		if (!subscriber.opened) {
			subscriber.opened = true;
			subscriber.ready.countDown();
			this.opening.release();
		}
		if (this.ended.getAndIncrement() < 3) {
			log.warn("A stream of course instance index {} ended: {}", subscriber.courseIndex,
					(error != null) ? error.toString() : "closed by the server");
		}
	}

	private void acquireOpening(long deadline, int opened) {
		try {
			if (!this.opening.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				throw new IllegalStateException(
						OPENING_AT_ONCE + " streams had no live board in time (" + opened + " opened)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while opening streams", ex);
		}
	}

	private static long number(ByteBuf event, int from) {
		long value = 0;
		for (int i = from; i < event.writerIndex(); i++) {
			byte digit = event.getByte(i);
			if (digit < '0' || digit > '9') {
				break;
			}
			value = value * 10 + (digit - '0');
		}
		return value;
	}

	private static ByteBuf marker(String text) {
		return Unpooled.unreleasableBuffer(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
	}

	@Override
	public void close() {
		for (Subscriber subscriber : this.subscribers) {
			subscriber.closing = true;
			subscriber.disposable.dispose();
		}
		this.loops.dispose();
	}

	private static final class Subscriber {

		private final int courseIndex;

		private final CountDownLatch ready;

		private volatile int lastChange;

		private volatile boolean opened;

		private volatile boolean ended;

		private volatile boolean closing;

		private Disposable disposable;

		private Subscriber(int courseIndex, CountDownLatch ready) {
			this.courseIndex = courseIndex;
			this.ready = ready;
		}

	}

}
