package io.plrlive.benchmarks.scale;

import org.HdrHistogram.Histogram;

/**
 * What one point measured over its window at the offered rate.
 *
 * @param committedPerSecond changes per second the writers committed
 * @param latencies commit-to-browser latencies in microseconds, one per change and
 * subscriber of its course instance, for the changes the window delivered
 * @param deliveriesPerSecond latencies recorded per second of the window
 * @param undelivered changes not delivered to a subscriber within the drain time after
 * the window, summed over the subscribers
 * @param streamsEnded streams that ended (dropped as slow, failed, or never received
 * their first board)
 * @param processors cores used over the window
 * @param memory memory at the end of the point
 */
record PointFigures(double committedPerSecond, Histogram latencies, double deliveriesPerSecond, long undelivered,
		int streamsEnded, ProcessorUse processors, MemoryUse memory) {

	double percentileMillis(double percentile) {
		return this.latencies.getValueAtPercentile(percentile) / 1000.0;
	}

	/**
	 * Whether the pipeline kept up: the writers committed at least 95 % of the offered
	 * rate, every change reached every subscriber, and no stream ended.
	 * @param offered the offered rate
	 * @return {@code true} if it did
	 */
	boolean keptUp(int offered) {
		return this.committedPerSecond >= 0.95 * offered && this.undelivered == 0 && this.streamsEnded == 0
				&& this.latencies.getTotalCount() > 0;
	}

}
