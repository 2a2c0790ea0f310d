package io.plrlive.benchmarks.ranking;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;

/**
 * The results of one run as Markdown: the machine, the command, one table, and each
 * target met or missed.
 */
final class RankingReport {

	static final double SUSTAINED_TARGET = 20_000;

	static final double P99_TARGET_MILLIS = 100;

	private final RankingOptions options;

	private final ZonedDateTime started;

	private final MachineDescription machine;

	private final String loadBefore;

	private final List<ShapeResult> results;

	RankingReport(RankingOptions options, ZonedDateTime started, MachineDescription machine, String loadBefore,
			List<ShapeResult> results) {
		this.options = options;
		this.started = started;
		this.machine = machine;
		this.loadBefore = loadBefore;
		this.results = results;
	}

	String render() {
		StringBuilder text = new StringBuilder();
		text.append("### Latest run\n\n");
		text.append("Run ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.started.withNano(0)));
		text.append(" on ")
			.append(this.machine.summary())
			.append("; load average before: ")
			.append(this.loadBefore)
			.append(".\n\n");
		String args = this.options.commandLine();
		text.append("```sh\n./mvnw -q -pl benchmarks compile exec:exec "
				+ "-Dbenchmark.mainClass=io.plrlive.benchmarks.ranking.RankingBenchmark"
				+ (args.isEmpty() ? "" : " -Dbenchmark.args=\"" + args + "\"") + "\n```\n\n");
		text.append("| load | seeded in | backlog | drained in | sustained changes/s | offered changes/s "
				+ "| p50 ms | p99 ms | p999 ms | max ms | measured | snapshot made p50 / p99 ms | lost |\n");
		text.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (ShapeResult result : this.results) {
			text.append("| ")
				.append(result.shape().describe())
				.append(" | ")
				.append(String.format("%.1f s", result.seedSeconds()))
				.append(" | ")
				.append(Figures.rate(result.backlog()))
				.append(" | ")
				.append(String.format("%.1f s", result.drainSeconds()))
				.append(" | ")
				.append(Figures.rate(result.sustainedRate()))
				.append(" | ")
				.append(Figures.rate(result.latencyRate()))
				.append(" | ")
				.append(Figures.latencyCells(result.latencies().untilRead()))
				.append(" | ")
				.append(Figures.millis(result.latencies().untilMadeMillis(50)))
				.append(" / ")
				.append(Figures.millis(result.latencies().untilMadeMillis(99)))
				.append(" | ")
				.append(result.lost())
				.append(" |\n");
		}
		text.append("\nTargets (2-core machine):\n\n");
		for (ShapeResult result : this.results) {
			text.append(target(result.shape().label() + ", sustained input", result.sustainedRate(), SUSTAINED_TARGET,
					true, "changes/s"));
			text.append(target(result.shape().label() + ", p99 at " + Figures.rate(result.latencyRate()) + " changes/s",
					result.percentileMillis(99), P99_TARGET_MILLIS, false, "ms"));
		}
		return text.toString();
	}

	private static String target(String what, double figure, double target, boolean atLeast, String unit) {
		boolean met = atLeast ? figure >= target : figure <= target;
		String shown = atLeast ? Figures.rate(figure) : Figures.millis(figure);
		String wanted = (atLeast ? "≥ " + Figures.rate(target) : "≤ " + Figures.millis(target)) + " " + unit;
		String verdict = met ? "met" : "**missed** (" + Figures.ratio(figure, target) + " the target)";
		return "- " + what + ": " + shown + " " + unit + " against " + wanted + ": " + verdict + "\n";
	}

}
