package io.plrlive.benchmarks.ranking;

/**
 * The figures of one load.
 *
 * @param shape the load
 * @param seedSeconds time until every seeded participant was on its board
 * @param backlog changes in the throughput backlog
 * @param produceSeconds time to hand the backlog to the producer
 * @param drainSeconds time from the first backlog change sent to the last one on its
 * board
 * @param latencyRate offered rate of the latency window, changes/s
 * @param latencies change-to-scores-topic latencies in the window, µs, and the part of
 * them until the snapshot was made
 * @param lost changes of the latency run not on their board 10 s after the last was sent
 */
record ShapeResult(ClassShape shape, double seedSeconds, long backlog, double produceSeconds, double drainSeconds,
		int latencyRate, WatchedLatencies latencies, long lost) {

	double sustainedRate() {
		return this.backlog / this.drainSeconds;
	}

	double percentileMillis(double percentile) {
		return this.latencies.untilReadMillis(percentile);
	}

}
