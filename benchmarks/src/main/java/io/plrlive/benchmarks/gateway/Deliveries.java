package io.plrlive.benchmarks.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The board updates of one delivery measurement and their arrivals at the subscribers.
 * Each arrival of a newer version of a board is timed from the snapshot's
 * {@code generatedAt} (its record's CreateTime) to its receipt, on the same clock. Only
 * updates sent in the window are timed and counted as expected; arrivals received in the
 * window make the delivered rate.
 */
final class Deliveries {

	private final Map<Long, Origin> origins = new ConcurrentHashMap<>();

	private final int[] subscribersPerInstance;

	private final Recorder latencies = new Recorder(3);

	private final LongAdder expected = new LongAdder();

	private final LongAdder delivered = new LongAdder();

	private final LongAdder receivedInWindow = new LongAdder();

	private volatile long windowStartMicros = Long.MAX_VALUE;

	private volatile long windowEndMicros = Long.MAX_VALUE;

	/**
	 * Starts counting for a set of subscribers.
	 * @param subscribersPerInstance subscribers of course instance {@code c} at index
	 * {@code c - 1}
	 */
	Deliveries(int[] subscribersPerInstance) {
		this.subscribersPerInstance = subscribersPerInstance.clone();
	}

	void openWindow() {
		this.windowStartMicros = micros(Instant.now());
	}

	void closeWindow() {
		this.windowEndMicros = micros(Instant.now());
	}

	/**
	 * Notes an update just before it is sent.
	 * @param courseInstanceId its board's course instance
	 * @param version its version
	 * @param generatedAt its origin
	 * @param measured whether it falls in the window
	 */
	void publishing(long courseInstanceId, long version, Instant generatedAt, boolean measured) {
		this.origins.put(key(courseInstanceId, version), new Origin(micros(generatedAt), measured));
		if (measured) {
			this.expected.add(this.subscribersPerInstance[(int) courseInstanceId - 1]);
		}
	}

	/**
	 * Notes the arrival of a version newer than the subscriber had.
	 * @param courseInstanceId the subscriber's course instance
	 * @param version the version received
	 */
	void received(long courseInstanceId, long version) {
		long now = micros(Instant.now());
		if (now >= this.windowStartMicros && now < this.windowEndMicros) {
			this.receivedInWindow.increment();
		}
		Origin origin = this.origins.get(key(courseInstanceId, version));
		if (origin != null && origin.measured()) {
			this.latencies.recordValue(Math.max(0, now - origin.micros()));
			this.delivered.increment();
		}
	}

	/**
	 * Waits until every measured update has reached every subscriber of its board, or the
	 * time is up.
	 * @param timeout the longest wait
	 */
	void awaitAll(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.delivered.sum() < this.expected.sum() && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	/**
	 * The figures so far.
	 * @param server what was measured, e.g. {@code sse-gateway}
	 * @param updateRate offered updates per second
	 * @param subscribers subscribers in all
	 * @param window the window's nominal length
	 * @param streamsEnded streams that ended during the measurement
	 * @param serverCpu the server's processor time, as a share of one core
	 * @param clientCpu this JVM's processor time, as a share of one core
	 * @return the result
	 */
	DeliveryResult result(String server, int updateRate, int subscribers, Duration window, int streamsEnded,
			double serverCpu, double clientCpu) {
		Histogram histogram = this.latencies.getIntervalHistogram();
		double windowSeconds = (this.windowEndMicros - this.windowStartMicros) / 1e6;
		if (!(windowSeconds > 0) || this.windowEndMicros == Long.MAX_VALUE) {
			windowSeconds = window.toMillis() / 1000.0;
		}
		return new DeliveryResult(server, subscribers, updateRate, this.receivedInWindow.sum() / windowSeconds,
				histogram, this.expected.sum(), this.delivered.sum(), streamsEnded, serverCpu, clientCpu);
	}

	private static long key(long courseInstanceId, long version) {
		return courseInstanceId * 100_000_000L + version;
	}

	private static long micros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
	}

	private record Origin(long micros, boolean measured) {
	}

}
