package io.plrlive.benchmarks.original;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import io.netty.channel.ChannelOption;
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

import io.plrlive.benchmarks.pipeline.CommitLog;
import io.plrlive.benchmarks.pipeline.DeliveryLatencies;
import io.plrlive.benchmarks.pipeline.SeededClass;

/**
 * The browsers of the original design: SSE streams read without blocking (Reactor Netty,
 * one connection per stream), subscriber {@code i} on the stream of course instance
 * {@code i % courseInstances}, as the pipeline's subscribers are. The original sends
 * every subscriber every course's rows. Each subscriber receives every byte of every
 * event and checksums it; when an event has arrived in full, its content tells the top
 * row of the subscriber's course instance ({@link EventContents}), and every change newer
 * than the one it showed before is recorded as delivered, at the event's receipt time
 * minus the change's commit time, as the pipeline's subscribers record theirs. A stream
 * counts as open when its headers arrive: the original sends no board on connect (the
 * page embeds the first one), so a subscriber starts from the newest change committed
 * when it opened, before any load.
 */
final class ScoresSubscribers implements Deliveries, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ScoresSubscribers.class);

	private static final int OPENING_AT_ONCE = 256;

	/** Live points are the assessment's points × 1000. */
	private static final long LIVE_POINTS_PER_POINT = 1000;

	private static final long DRAIN_POLL_MILLIS = 100;

	private static final int MAX_PIECE_BYTES = 1024 * 1024;

	private final LoopResources loops;

	private final HttpClient http;

	private final CommitLog commits;

	private final EventContents contents;

	private final DeliveryLatencies latencies;

	private final List<Subscriber> subscribers = new ArrayList<>();

	private final AtomicInteger ended = new AtomicInteger();

	private final AtomicLong unrecognised = new AtomicLong();

	private final Semaphore opening = new Semaphore(OPENING_AT_ONCE);

	private final Object progress = new Object();

	private volatile boolean draining;

	ScoresSubscribers(CommitLog commits, EventContents contents, int eventLoops) {
		this.commits = commits;
		this.latencies = new DeliveryLatencies(commits);
		this.contents = contents;
		this.loops = LoopResources.create("original-subscriber", eventLoops, true);
		this.http = HttpClient.create(ConnectionProvider.newConnection())
			.runOn(this.loops)
			.option(ChannelOption.SO_RCVBUF, SseBroadcastServer.SOCKET_BUFFER_BYTES)
			// Pieces as large as what each read brings, not 8 KiB each.
			.httpResponseDecoder((decoder) -> decoder.maxChunkSize(MAX_PIECE_BYTES));
	}

	/**
	 * Opens the streams and returns once each has its headers.
	 * @param count subscribers
	 * @param classes the course instances, in index order
	 * @param uri a course instance's stream
	 * @param timeout the longest wait
	 */
	void open(int count, List<SeededClass> classes, LongFunction<URI> uri, Duration timeout) {
		CountDownLatch ready = new CountDownLatch(count);
		long deadline = System.nanoTime() + timeout.toNanos();
		for (int i = 0; i < count; i++) {
			acquireOpening(deadline, i);
			int courseIndex = i % classes.size();
			Subscriber subscriber = new Subscriber(courseIndex, ready, this.commits.last(courseIndex));
			subscriber.events = new ReceivedEvents((key) -> onEvent(subscriber, key));
			this.subscribers.add(subscriber);
			subscriber.disposable = this.http
				.headers((headers) -> headers.set(HttpHeaderNames.ACCEPT, "text/event-stream"))
				.get()
				.uri(uri.apply(classes.get(courseIndex).courseInstanceId()))
				.response((response, body) -> {
					if (!response.status().equals(HttpResponseStatus.OK)) {
						return Flux.error(new IllegalStateException("the server answered " + response.status()));
					}
					opened(subscriber);
					return body;
				})
				.subscribe((piece) -> subscriber.events.feed(piece), (error) -> onEnd(subscriber, error),
						() -> onEnd(subscriber, null));
		}
		try {
			if (!ready.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				throw new IllegalStateException(
						"Not every stream of the original's server opened within " + timeout.toSeconds() + " s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while opening streams", ex);
		}
		log.info("{} subscribers are connected to the original design's server", count - this.ended.get());
	}

	@Override
	public Histogram latencies() {
		return this.latencies.sinceLastCall();
	}

	@Override
	public long awaitDelivered(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		this.draining = true;
		try {
			synchronized (this.progress) {
				long missing = undelivered();
				while (missing > 0 && System.nanoTime() < deadline) {
					this.progress.wait(DRAIN_POLL_MILLIS);
					missing = undelivered();
				}
				return missing;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return undelivered();
		}
		finally {
			this.draining = false;
		}
	}

	@Override
	public int ended() {
		return this.ended.get();
	}

	@Override
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

	private void opened(Subscriber subscriber) {
		if (!subscriber.opened) {
			subscriber.opened = true;
			subscriber.ready.countDown();
			this.opening.release();
		}
	}

	/**
	 * Events that arrived in full but were not among those the server wrote lately: 0
	 * unless a stream's bytes were garbled.
	 * @return how many
	 */
	long unrecognised() {
		return this.unrecognised.get();
	}

	private void onEvent(Subscriber subscriber, long key) {
		long received = System.nanoTime();
		long points = this.contents.topPoints(key, subscriber.courseIndex);
		if (points == EventContents.UNKNOWN) {
			if (this.unrecognised.getAndIncrement() < 3) {
				log.warn("A subscriber of course instance index {} received an event the server did not write lately",
						subscriber.courseIndex);
			}
			return;
		}
		int newest = (int) (points / LIVE_POINTS_PER_POINT);
		this.latencies.delivered(subscriber.courseIndex, subscriber.lastChange, newest, received);
		if (newest > subscriber.lastChange) {
			subscriber.lastChange = newest;
			if (this.draining) {
				synchronized (this.progress) {
					this.progress.notifyAll();
				}
			}
		}
	}

	private void onEnd(Subscriber subscriber, Throwable error) {
		if (subscriber.closing) {
			return;
		}
		subscriber.ended = true;
		opened(subscriber);
		if (this.ended.getAndIncrement() < 3) {
			log.warn("A stream of course instance index {} ended: {}", subscriber.courseIndex,
					(error != null) ? error.toString() : "closed by the server");
		}
	}

	private void acquireOpening(long deadline, int opened) {
		try {
			if (!this.opening.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				throw new IllegalStateException(
						OPENING_AT_ONCE + " streams did not open in time (" + opened + " opened)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while opening streams", ex);
		}
	}

	@Override
	public void close() {
		for (Subscriber subscriber : this.subscribers) {
			subscriber.closing = true;
			subscriber.disposable.dispose();
		}
		this.loops.disposeLater().block(Duration.ofSeconds(10));
	}

	private static final class Subscriber {

		private final int courseIndex;

		private final CountDownLatch ready;

		private ReceivedEvents events;

		private volatile int lastChange;

		private volatile boolean opened;

		private volatile boolean ended;

		private volatile boolean closing;

		private Disposable disposable;

		private Subscriber(int courseIndex, CountDownLatch ready, int lastChange) {
			this.courseIndex = courseIndex;
			this.ready = ready;
			this.lastChange = lastChange;
		}

	}

}
