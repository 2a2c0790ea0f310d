package io.plrlive.benchmarks.original;

import org.HdrHistogram.Histogram;

/**
 * The figures of one design at one offered rate, judged by the pipeline benchmark's rule.
 *
 * @param offered offered changes per second
 * @param attempt 1, or 2 when the rate was measured again (see
 * {@link #worthAnotherTry()})
 * @param committedRate changes per second the writers committed
 * @param latencies commit-to-browser latencies in microseconds, one per change and
 * subscriber of its course instance
 * @param undelivered changes not delivered to a subscriber within the drain time, summed
 * over the subscribers
 * @param ended streams ended so far (dropped or failed)
 */
record RateMeasurement(int offered, int attempt, double committedRate, Histogram latencies, long undelivered,
		int ended) {

	/** The p99 ceiling of a rate that is held, as in the pipeline benchmark. */
	static final double HELD_P99_MILLIS = 250;

	/** How far the writers may fall behind the offered rate, as a share of it. */
	static final double WRITERS_SLACK = 0.05;

	double percentileMillis(double percentile) {
		return this.latencies.getValueAtPercentile(percentile) / 1000.0;
	}

	boolean measured() {
		return this.latencies.getTotalCount() > 0;
	}

	/**
	 * Whether the writers kept up with the offered rate.
	 * @return {@code true} if they committed within 5 % of it
	 */
	boolean keptUp() {
		return this.committedRate >= (1 - WRITERS_SLACK) * this.offered;
	}

	/**
	 * Whether the design held the rate: the writers kept up, every change reached every
	 * subscriber within the drain time and p99 stayed under the ceiling.
	 * @return {@code true} if it held
	 */
	boolean held() {
		return keptUp() && this.undelivered == 0 && measured() && percentileMillis(99) <= HELD_P99_MILLIS;
	}

	/**
	 * Whether a rate not held deserves a second measurement: on its first attempt it
	 * missed only the p99 ceiling, every change delivered in time with the writers
	 * keeping up. On a shared two-core machine one change slowed by something else
	 * decides the p99 of the lowest rates (20 changes); a design that falls behind is not
	 * measured again.
	 * @return {@code true} if it should be measured once more
	 */
	boolean worthAnotherTry() {
		return this.attempt == 1 && !held() && keptUp() && this.undelivered == 0 && measured();
	}

}
