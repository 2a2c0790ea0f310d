package io.plrlive.benchmarks.gateway;

import org.HdrHistogram.Histogram;

/**
 * The figures of one delivery measurement.
 *
 * @param server what was measured, e.g. {@code sse-gateway}
 * @param subscribers open streams
 * @param updateRate offered board updates per second, in total
 * @param deliveredPerSecond board events received per second in the window, all
 * subscribers together
 * @param latencies generatedAt-to-receipt latencies of the updates sent in the window, µs
 * @param expected arrivals the window's updates owed (each update times its board's
 * subscribers)
 * @param delivered arrivals of the window's updates that came
 * @param streamsEnded streams that the server ended, or that failed, during the
 * measurement
 * @param serverCpu the server's processor time over the measurement (warm-up, window and
 * late arrivals), as a share of one core
 * @param clientCpu the same for this JVM: the subscribers, the updates' producer and the
 * broker
 */
record DeliveryResult(String server, int subscribers, int updateRate, double deliveredPerSecond, Histogram latencies,
		long expected, long delivered, int streamsEnded, double serverCpu, double clientCpu) {

	long missed() {
		return this.expected - this.delivered;
	}

	double percentileMillis(double percentile) {
		return this.latencies.getValueAtPercentile(percentile) / 1000.0;
	}

}
