package io.plrlive.benchmarks.pipeline;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

import io.plrlive.benchmarks.pipeline.StageProbe.Stage;
import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.RunOpening;

/**
 * The results of one run as Markdown: the machine, the command, one table of the rate
 * ladder, the highest rate held, and each target met or missed.
 */
final class PipelineReport {

	static final double TARGET_RATE = 1000;

	static final double P50_TARGET_MILLIS = 30;

	static final double P99_TARGET_MILLIS = 150;

	private final PipelineOptions options;

	private final ZonedDateTime started;

	private final MachineDescription machine;

	private final String loadBefore;

	private final String loadAfter;

	private final List<RateResult> results;

	private final int early;

	PipelineReport(PipelineOptions options, ZonedDateTime started, MachineDescription machine, String loadBefore,
			String loadAfter, List<RateResult> results, int early) {
		this.options = options;
		this.started = started;
		this.machine = machine;
		this.loadBefore = loadBefore;
		this.loadAfter = loadAfter;
		this.results = results;
		this.early = early;
	}

	String render() {
		StringBuilder text = new StringBuilder();
		text.append(RunOpening.of(this.options.quick(), this.started, this.machine, this.loadBefore, this.loadAfter))
			.append(". Shape: ")
			.append(this.options.shape())
			.append("; ")
			.append(this.options.window().toSeconds())
			.append(" s per rate after ")
			.append(this.options.warmup().toSeconds())
			.append(" s of warm-up.\n\n");
		String args = this.options.commandLine();
		text.append("```sh\n./mvnw -q -pl benchmarks compile exec:exec "
				+ "-Dbenchmark.mainClass=io.plrlive.benchmarks.pipeline.PipelineBenchmark"
				+ (args.isEmpty() ? "" : " -Dbenchmark.args=\"" + args + "\"") + "\n```\n\n");
		text.append("| offered changes/s | committed changes/s | writers | p50 ms | p99 ms | p999 ms | max ms "
				+ "| deliveries | undelivered | streams ended | held |\n");
		text.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (RateResult result : this.results) {
			text.append("| ")
				.append(Figures.rate(result.offered()))
				.append(" | ")
				.append(Figures.rate(result.committedRate()))
				.append(" | ")
				.append(result.writers())
				.append(" | ")
				.append(Figures.latencyCells(result.latencies()))
				.append(" | ")
				.append(Figures.rate(result.undelivered()))
				.append(" | ")
				.append(result.ended())
				.append(" | ")
				.append(result.held() ? "yes" : "**no**")
				.append(" |\n");
		}
		text.append("\nHighest rate held (p99 ≤ ")
			.append(Figures.millis(RateResult.HELD_P99_MILLIS))
			.append(" ms, writers within 5 % of the offered rate, every change delivered): ")
			.append(heldRate())
			.append(".");
		if (this.early > 0) {
			text.append(" ")
				.append(this.early)
				.append(" deliveries arrived before the writer's commit call had returned and count as 0 ms.");
		}
		text.append("\n\n");
		appendStages(text);
		text.append("Targets (at ")
			.append(Figures.rate(TARGET_RATE))
			.append(" changes/s over 200 course instances with 5,000 subscribers")
			.append(this.options.quick() ? "; this quick run has a smaller shape, so it only indicates" : "")
			.append("):\n\n");
		RateResult atTarget = this.results.stream()
			.filter((result) -> result.offered() == TARGET_RATE)
			.findFirst()
			.orElse(null);
		if (atTarget == null) {
			text.append("- rate: **missed**, the ladder stopped below ")
				.append(Figures.rate(TARGET_RATE))
				.append(" changes/s");
			RateResult best = bestHeld();
			if (best != null) {
				text.append("; the highest rate held, ")
					.append(Figures.rate(best.offered()))
					.append(" changes/s, is ")
					.append(Figures.ratio(best.offered(), TARGET_RATE))
					.append(" the target rate. At that rate:\n");
				text.append(target("commit-to-browser p50", best.percentileMillis(50), P50_TARGET_MILLIS));
				text.append(target("commit-to-browser p99", best.percentileMillis(99), P99_TARGET_MILLIS));
			}
			else {
				text.append("\n");
			}
		}
		else {
			text.append(target("commit-to-browser p50", atTarget.percentileMillis(50), P50_TARGET_MILLIS));
			text.append(target("commit-to-browser p99", atTarget.percentileMillis(99), P99_TARGET_MILLIS));
		}
		return text.toString();
	}

	// Per rate, the time from the commit to each stage, then to the browser.
	private void appendStages(StringBuilder text) {
		text.append("Where the time goes: the time from the commit until each stage had the change, ")
			.append("p50 / p99 in ms, once per change (the browser column once per change and subscriber).\n\n");
		text.append("| offered changes/s |");
		for (Stage stage : Stage.values()) {
			text.append(' ').append(stage.description()).append(" |");
		}
		text.append(" the browser received it |\n|---|");
		text.append("---|".repeat(Stage.values().length + 1)).append('\n');
		for (RateResult result : this.results) {
			text.append("| ").append(Figures.rate(result.offered())).append(" |");
			for (Stage stage : Stage.values()) {
				text.append(' ').append(percentiles(result.stages().get(stage))).append(" |");
			}
			text.append(' ').append(percentiles(result.latencies())).append(" |\n");
		}
		text.append('\n');
	}

	private static String percentiles(Histogram microseconds) {
		if (microseconds == null || microseconds.getTotalCount() == 0) {
			return "n/a";
		}
		return Figures.millis(microseconds.getValueAtPercentile(50) / 1000.0) + " / "
				+ Figures.millis(microseconds.getValueAtPercentile(99) / 1000.0);
	}

	String heldRate() {
		RateResult best = bestHeld();
		return (best != null) ? Figures.rate(best.offered()) + " changes/s" : "none (the lowest rate already missed)";
	}

	// The highest rate of the ladder held before the first that was not, if any.
	private RateResult bestHeld() {
		RateResult best = null;
		for (RateResult result : this.results) {
			if (!result.held()) {
				break;
			}
			best = result;
		}
		return best;
	}

	private static String target(String what, double figure, double target) {
		boolean met = figure <= target;
		String verdict = met ? "met" : "**missed** (" + Figures.ratio(figure, target) + " the target)";
		return String.format(Locale.ROOT, "- %s: %s ms against ≤ %s ms: %s%n", what, Figures.millis(figure),
				Figures.millis(target), verdict);
	}

}
