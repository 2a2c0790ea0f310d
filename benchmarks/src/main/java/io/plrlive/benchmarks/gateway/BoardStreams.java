package io.plrlive.benchmarks.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import reactor.core.Disposable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams of one server, stream {@code i} on course instance
 * {@code 1 + i % courseInstances}. Each remembers the newest board version it has; its
 * first snapshot is the one sent on connect, and each newer one after that is an arrival.
 */
final class BoardStreams implements AutoCloseable {

	/**
	 * Streams that may wait for their first snapshot at once while streams are opened.
	 */
	private static final int OPENING_AT_ONCE = 256;

	private static final ByteBuf VERSION_FIELD = Unpooled
		.unreleasableBuffer(Unpooled.copiedBuffer("\"version\":", StandardCharsets.US_ASCII));

	private static final Logger log = LoggerFactory.getLogger(BoardStreams.class);

	private final SseConnections connections;

	private final String server;

	private final int courseInstances;

	private final ByteBuf snapshotMarker;

	private final List<Stream> streams = new ArrayList<>();

	private final Semaphore opening = new Semaphore(OPENING_AT_ONCE);

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger ended = new AtomicInteger();

	private volatile Deliveries deliveries;

	/**
	 * Prepares the streams of a server.
	 * @param connections the client
	 * @param server the server's name, for the log
	 * @param courseInstances course instances the streams are spread over
	 * @param snapshotMarker the text only events that carry a board snapshot contain,
	 * such as {@code event: board\n}
	 */
	BoardStreams(SseConnections connections, String server, int courseInstances, String snapshotMarker) {
		this.connections = connections;
		this.server = server;
		this.courseInstances = courseInstances;
		this.snapshotMarker = Unpooled
			.unreleasableBuffer(Unpooled.copiedBuffer(snapshotMarker, StandardCharsets.US_ASCII));
	}

	/**
	 * Opens streams until there are {@code count}, and returns once each has its first
	 * snapshot.
	 * @param count streams wanted in all
	 * @param uri the address of a course instance's stream
	 * @param token the token of stream {@code i}, or {@code null} for none
	 * @param timeout the longest wait
	 * @throws IllegalStateException if a stream is refused or the time runs out
	 */
	void openUntil(int count, IntFunction<URI> uri, IntFunction<String> token, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (int index = this.streams.size(); index < count; index++) {
			acquire(1, deadline, index);
			long courseInstanceId = courseInstanceOf(index);
			Stream stream = new Stream(courseInstanceId);
			this.streams.add(stream);
			stream.disposable = this.connections.open(uri.apply((int) courseInstanceId), token.apply(index),
					(event) -> onEvent(stream, event), (error) -> onEnd(stream, error));
		}
		acquire(OPENING_AT_ONCE, deadline, count);
		this.opening.release(OPENING_AT_ONCE);
		if (this.refused.get() > 0) {
			throw new IllegalStateException(this.server + " refused or dropped " + this.refused.get() + " of " + count
					+ " streams before their first snapshot");
		}
	}

	/**
	 * Closes the streams from an index on.
	 * @param count streams to keep
	 */
	void keep(int count) {
		while (this.streams.size() > count) {
			Stream stream = this.streams.remove(this.streams.size() - 1);
			stream.closing = true;
			stream.disposable.dispose();
		}
	}

	/**
	 * Sends every newer snapshot from now on to a measurement.
	 * @param measurement the delivery measurement
	 */
	void measure(Deliveries measurement) {
		this.deliveries = measurement;
	}

	int size() {
		return this.streams.size();
	}

	/**
	 * Streams the server ended, or that failed, after their first snapshot.
	 * @return how many
	 */
	int ended() {
		return this.ended.get();
	}

	/**
	 * The streams per course instance.
	 * @return the count of course instance {@code c} at index {@code c - 1}
	 */
	int[] perCourseInstance() {
		int[] counts = new int[this.courseInstances];
		this.streams.forEach((stream) -> counts[(int) stream.courseInstanceId - 1]++);
		return counts;
	}

	long courseInstanceOf(int index) {
		return 1 + index % this.courseInstances;
	}

	@Override
	public void close() {
		keep(0);
	}

	private void onEvent(Stream stream, ByteBuf event) {
		if (ByteBufUtil.indexOf(this.snapshotMarker, event) < 0) {
			return;
		}
		long version = version(event);
		if (version <= stream.version) {
			return;
		}
		boolean first = stream.version == 0;
		stream.version = version;
		if (first) {
			this.opening.release();
			return;
		}
		Deliveries measurement = this.deliveries;
		if (measurement != null) {
			measurement.received(stream.courseInstanceId, version);
		}
	}

	private void onEnd(Stream stream, Throwable error) {
		if (stream.closing) {
			return;
		}
		if (stream.version == 0) {
			if (this.refused.getAndIncrement() < 3) {
				log.warn("{}: a stream of course instance {} ended before its first snapshot: {}", this.server,
						stream.courseInstanceId, (error != null) ? error.toString() : "closed by the server");
			}
			this.opening.release();
		}
		else if (this.ended.getAndIncrement() < 3) {
			log.warn("{}: a stream of course instance {} ended: {}", this.server, stream.courseInstanceId,
					(error != null) ? error.toString() : "closed by the server");
		}
	}

	private void acquire(int permits, long deadline, int opened) {
		try {
			if (!this.opening.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				throw new IllegalStateException(this.server + ": streams did not get their first snapshot in time ("
						+ opened + " opened, " + this.refused.get() + " refused)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while opening streams", ex);
		}
	}

	/**
	 * The snapshot's version, read from its JSON without decoding the rest: the field
	 * comes before the entries, whose fields have other names.
	 */
	private static long version(ByteBuf event) {
		int at = ByteBufUtil.indexOf(VERSION_FIELD, event);
		if (at < 0) {
			return 0;
		}
		long version = 0;
		for (int i = at + VERSION_FIELD.readableBytes(); i < event.writerIndex(); i++) {
			byte digit = event.getByte(i);
			if (digit < '0' || digit > '9') {
				break;
			}
			version = version * 10 + (digit - '0');
		}
		return version;
	}

	private static final class Stream {

		private final long courseInstanceId;

		private volatile long version;

		private volatile boolean closing;

		private Disposable disposable;

		private Stream(long courseInstanceId) {
			this.courseInstanceId = courseInstanceId;
		}

	}

}
