package io.plrlive.benchmarks.ranking;

import org.HdrHistogram.Histogram;

/**
 * The latencies of the changes settled in one window, µs.
 *
 * @param untilRead from a change's send to the arrival, at a {@code read_committed}
 * consumer, of the first snapshot that shows it
 * @param untilMade from a change's send to that snapshot's timestamp (when the aggregator
 * made it), in whole milliseconds: the part before its transaction committed
 */
record WatchedLatencies(Histogram untilRead, Histogram untilMade) {

	static WatchedLatencies empty() {
		return new WatchedLatencies(new Histogram(3_600_000_000L, 3), new Histogram(3_600_000_000L, 3));
	}

	WatchedLatencies copy() {
		return new WatchedLatencies(this.untilRead.copy(), this.untilMade.copy());
	}

	void reset() {
		this.untilRead.reset();
		this.untilMade.reset();
	}

	double untilReadMillis(double percentile) {
		return millis(this.untilRead, percentile);
	}

	double untilMadeMillis(double percentile) {
		return millis(this.untilMade, percentile);
	}

	private static double millis(Histogram microseconds, double percentile) {
		return microseconds.getValueAtPercentile(percentile) / 1000.0;
	}

}
