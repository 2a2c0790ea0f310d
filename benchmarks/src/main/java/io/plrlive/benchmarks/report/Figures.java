package io.plrlive.benchmarks.report;

import java.util.Locale;

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

}
