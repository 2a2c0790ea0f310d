package io.plrlive.benchmarks.pipeline;

import java.util.Map;

import org.HdrHistogram.Histogram;

import io.plrlive.benchmarks.pipeline.StageProbe.Stage;

/**
 * The figures of one offered rate.
 *
 * @param offered offered changes per second
 * @param committedRate changes per second the writers committed
 * @param writers writer connections
 * @param latencies commit-to-browser latencies in microseconds, one per change and
 * subscriber of its course instance
 * @param stages latencies from the commit to each stage before the gateway, in
 * microseconds, one per change
 * @param undelivered changes not delivered to a subscriber within the drain time, summed
 * over the subscribers
 * @param ended streams ended so far (dropped or failed)
 */
record RateResult(int offered, double committedRate, int writers, Histogram latencies, Map<Stage, Histogram> stages,
		long undelivered, int ended) {

	/** The p99 ceiling of a rate that is held. */
	static final double HELD_P99_MILLIS = 250;

	double percentileMillis(double percentile) {
		return this.latencies.getValueAtPercentile(percentile) / 1000.0;
	}

	/**
	 * Whether the writers kept up with the offered rate (within 5 %).
	 * @return {@code true} if they did
	 */
	boolean keptUp() {
		return this.committedRate >= 0.95 * this.offered;
	}

	/**
	 * Whether the pipeline held the rate: the writers kept up, every change reached every
	 * subscriber and p99 stayed under the ceiling.
	 * @return {@code true} if it held
	 */
	boolean held() {
		return keptUp() && this.undelivered == 0 && this.latencies.getTotalCount() > 0
				&& percentileMillis(99) <= HELD_P99_MILLIS;
	}

}
