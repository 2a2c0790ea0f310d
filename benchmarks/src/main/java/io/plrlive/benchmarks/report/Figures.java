package io.plrlive.benchmarks.report;

import java.time.Duration;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * How figures are written in the report and the console: one format everywhere, so tables
 * line up and compare.
 */
public final class Figures {

	private Figures() {
	}

	public static String millis(double millis) {
		return String.format(Locale.ROOT, (millis < 100) ? "%.1f" : "%.0f", millis);
	}

	/**
	 * A duration in seconds with one decimal, e.g. {@code 12.3}.
	 * @param duration the duration
	 * @return the seconds
	 */
	public static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f", duration.toNanos() / 1e9);
	}

	public static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f", perSecond);
	}

	/**
	 * A ratio of two figures, e.g. {@code 12.3×}.
	 * @param numerator the figure compared
	 * @param denominator the figure it is compared with
	 * @return the ratio, or {@code n/a} when the denominator is 0
	 */
	public static String ratio(double numerator, double denominator) {
		if (denominator <= 0) {
			return "n/a";
		}
		double ratio = numerator / denominator;
		return String.format(Locale.ROOT, (ratio < 10) ? "%.2f×" : "%.1f×", ratio);
	}

	/**
	 * The latency cells of a report table row: p50, p99, p99.9 and max in milliseconds,
	 * then the number of measurements.
	 * @param microseconds latencies recorded in microseconds
	 * @return e.g. {@code 4.4 | 13.3 | 25.2 | 27.6 | 300,000}
	 */
	public static String latencyCells(Histogram microseconds) {
		return millis(microseconds.getValueAtPercentile(50) / 1000.0) + " | "
				+ millis(microseconds.getValueAtPercentile(99) / 1000.0) + " | "
				+ millis(microseconds.getValueAtPercentile(99.9) / 1000.0) + " | "
				+ millis(microseconds.getMaxValue() / 1000.0) + " | " + rate(microseconds.getTotalCount());
	}

}
