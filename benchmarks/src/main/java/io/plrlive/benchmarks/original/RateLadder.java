package io.plrlive.benchmarks.original;

import java.time.Duration;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.pipeline.ScoreWriters;
import io.plrlive.benchmarks.report.Figures;

/**
 * One step of the rate ladder, the same for both designs: offer a rate for the window
 * with the pipeline benchmark's writers, wait (bounded) for the subscribers to catch up,
 * and read the latencies recorded meanwhile.
 */
final class RateLadder {

	private static final Logger log = LoggerFactory.getLogger(RateLadder.class);

	private final ScoreWriters writers;

	private final IntFunction<Duration> window;

	private final Duration drain;

	/**
	 * The ladder's step.
	 * @param writers the load
	 * @param window measured time of a rate
	 * @param drain how long the subscribers may take to catch up after it
	 */
	RateLadder(ScoreWriters writers, IntFunction<Duration> window, Duration drain) {
		this.writers = writers;
		this.window = window;
		this.drain = drain;
	}

	/**
	 * Measures a rate.
	 * @param design the design measured, for the log
	 * @param rate offered changes per second
	 * @param attempt 1, or 2 for a second measurement
	 * @param deliveries the design's subscribers
	 * @return the figures
	 */
	RateMeasurement measure(String design, int rate, int attempt, Deliveries deliveries) {
		Duration window = this.window.apply(rate);
		deliveries.latencies();
		log.info("{}: offering {} changes/s for {} s{}", design, Figures.rate(rate), window.toSeconds(),
				(attempt > 1) ? ", again" : "");
		long committed = this.writers.run(rate, window);
		long undelivered = deliveries.awaitDelivered(this.drain);
		RateMeasurement result = new RateMeasurement(rate, attempt, committed / (double) window.toSeconds(),
				deliveries.latencies(), undelivered, deliveries.ended());
		log.info("{}: {} changes/s offered, {} committed: p50 {} ms, p99 {} ms, {} deliveries, {} undelivered{}",
				design, Figures.rate(rate), Figures.rate(result.committedRate()),
				Figures.millis(result.percentileMillis(50)), Figures.millis(result.percentileMillis(99)),
				result.latencies().getTotalCount(), undelivered, result.held() ? "" : ": not held");
		return result;
	}

	Duration drain() {
		return this.drain;
	}

}
