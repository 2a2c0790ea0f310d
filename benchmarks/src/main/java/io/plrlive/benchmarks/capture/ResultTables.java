package io.plrlive.benchmarks.capture;

import java.util.List;
import java.util.Locale;

import io.plrlive.benchmarks.report.Figures;

/**
 * Renders step results as Markdown tables for the report and as aligned lines for the
 * console.
 */
final class ResultTables {

	private static final String HEADER = "| path | offered/s | committed/s | delivered/s | p50 ms | p99 ms | p99.9 ms "
			+ "| max ms | writers behind schedule, p99 ms | lost | held |\n"
			+ "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n";

	private static final String NONE = "–";

	private ResultTables() {
	}

	static String markdown(List<StepResult> results) {
		StringBuilder table = new StringBuilder(HEADER);
		results.forEach((result) -> table.append(row(result))
			.append(" | ")
			.append(result.held() ? "yes" : "**no**")
			.append(" |\n"));
		return table.toString();
	}

	/**
	 * One result as a console line.
	 * @param result the result
	 * @return an aligned line
	 */
	static String line(StepResult result) {
		return String.format(Locale.ROOT,
				"%-6s %-5s offered %,6d/s committed %,6.0f/s delivered %,6.0f/s | p50 %6s p99 %6s p99.9 %6s "
						+ "max %6s ms | writers behind p99 %6s ms | lost %s%s",
				result.path().label(), result.delay().setting(), result.offeredRate(), result.committedRate(),
				result.deliveredRate(), latency(result, result.p50()), latency(result, result.p99()),
				latency(result, result.p999()), latency(result, result.max()), latency(result, result.commitDelayP99()),
				lost(result), result.held() ? "" : "  (not held)");
	}

	private static String row(StepResult result) {
		return String.join(" | ", "| " + result.path().label(), Figures.rate(result.offeredRate()),
				Figures.rate(result.committedRate()), Figures.rate(result.deliveredRate()),
				latency(result, result.p50()), latency(result, result.p99()), latency(result, result.p999()),
				latency(result, result.max()), latency(result, result.commitDelayP99()), lost(result));
	}

	private static String latency(StepResult result, double millis) {
		return (result.samples() > 0) ? Figures.millis(millis) : NONE;
	}

	private static String lost(StepResult result) {
		return (result.failed() == 0) ? Long.toString(result.lost())
				: result.lost() + " (" + result.failed() + " writes failed)";
	}

}
