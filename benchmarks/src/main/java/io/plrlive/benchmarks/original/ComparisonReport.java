package io.plrlive.benchmarks.original;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.RunOpening;

/**
 * The results of one run as Markdown: the machine and the command, both designs side by
 * side at each offered rate with their latency ratios, what the original's server did at
 * each rate, the highest rate each held, and the target met or missed.
 */
final class ComparisonReport {

	/** The pipeline's highest rate held, against the original's. */
	static final double TARGET_RATIO = 10;

	private static final String NONE = "—";

	private final OriginalOptions options;

	private final ZonedDateTime started;

	private final MachineDescription machine;

	private final String loadBefore;

	private final String loadAfter;

	private final OriginalResults original;

	private final PipelineResults pipeline;

	ComparisonReport(OriginalOptions options, ZonedDateTime started, MachineDescription machine, String loadBefore,
			String loadAfter, OriginalResults original, PipelineResults pipeline) {
		this.options = options;
		this.started = started;
		this.machine = machine;
		this.loadBefore = loadBefore;
		this.loadAfter = loadAfter;
		this.original = original;
		this.pipeline = pipeline;
	}

	String render() {
		StringBuilder text = new StringBuilder();
		text.append(RunOpening.of(this.options.quick(), this.started, this.machine, this.loadBefore, this.loadAfter))
			.append(". Shape: ")
			.append(this.options.shape())
			.append(" for each design; ")
			.append(this.options.window().toSeconds())
			.append(" s per rate, or longer where that would offer fewer than ")
			.append(OriginalOptions.MIN_CHANGES_PER_RATE)
			.append(" changes (")
			.append(this.options.windowFor(this.options.rates().get(0)).toSeconds())
			.append(" s at ")
			.append(Figures.rate(this.options.rates().get(0)))
			.append(" change/s). Warm-up: the original design ")
			.append(this.options.originalWarmup().toSeconds())
			.append(" s at ")
			.append(Figures.rate(this.options.rates().get(0)))
			.append(" change/s, the pipeline ")
			.append(this.options.pipelineWarmup().toSeconds())
			.append(" s at ")
			.append(Figures.rate(this.options.pipelineWarmupRate()))
			.append(" changes/s.\n\n");
		String args = this.options.commandLine();
		text.append("```sh\n./mvnw -q -pl benchmarks compile exec:exec "
				+ "-Dbenchmark.mainClass=io.plrlive.benchmarks.original.OriginalDesignBenchmark"
				+ (args.isEmpty() ? "" : " -Dbenchmark.args=\"" + args + "\"") + "\n```\n\n");
		appendLatencies(text);
		appendServer(text);
		appendHeld(text);
		return text.toString();
	}

	private void appendLatencies(StringBuilder text) {
		text.append("#### Commit-to-browser latency at equal offered rates\n\n");
		text.append("Milliseconds, once per change and subscriber of its course instance; the ratios are the original ")
			.append("design's figure divided by the pipeline's; ")
			.append(NONE)
			.append(" where a design had already stopped.\n\n");
		text.append("| offered changes/s | original: committed/s | p50 | p99 | p99.9 | undelivered | held "
				+ "| pipeline: committed/s | p50 | p99 | p99.9 | undelivered | held "
				+ "| p50 original ÷ pipeline | p99 original ÷ pipeline | p99.9 original ÷ pipeline |\n");
		text.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		List<RateMeasurement> originalRates = this.original.rates().stream().map(OriginalRate::measurement).toList();
		List<RateMeasurement> pipelineRates = this.pipeline.rates();
		for (int rate : this.options.rates()) {
			List<RateMeasurement> left = attempts(originalRates, rate);
			List<RateMeasurement> right = attempts(pipelineRates, rate);
			for (int attempt = 0; attempt < Math.max(left.size(), right.size()); attempt++) {
				RateMeasurement original = (attempt < left.size()) ? left.get(attempt) : null;
				RateMeasurement pipeline = (attempt < right.size()) ? right.get(attempt) : null;
				text.append("| ").append(label(rate, attempt + 1)).append(" | ");
				text.append(cells(original)).append(" | ").append(cells(pipeline)).append(" | ");
				text.append(ratio(original, pipeline, 50))
					.append(" | ")
					.append(ratio(original, pipeline, 99))
					.append(" | ")
					.append(ratio(original, pipeline, 99.9))
					.append(" |\n");
			}
		}
		text.append('\n');
		text.append("Streams ended: original design ")
			.append(last(originalRates))
			.append(", pipeline ")
			.append(last(pipelineRates))
			.append(". Deliveries before the writer's commit call had returned (counted as 0 ms): original design ")
			.append(this.original.early())
			.append(", pipeline ")
			.append(this.pipeline.early())
			.append(". Events a subscriber of the original design received but could not match to one the server ")
			.append("wrote: ")
			.append(this.original.unrecognised())
			.append(".\n\n");
	}

	private void appendServer(StringBuilder text) {
		text.append("#### The original design's server at each rate\n\n");
		text.append("Over the window and the drain: notifications read from the LISTEN connection and those whose ")
			.append("result had been written to every stream; when the drain ended, those still waiting for a handler ")
			.append("and those being handled (queried, or written to some streams but not all); the mean result (one ")
			.append("`scores` event) and what one notification wrote to all streams; the mean time of one query with ")
			.append("its JSON, and of one broadcast until every stream's write had ended.\n\n");
		text.append(
				"| offered changes/s | notifications received | handled | waiting at the end | being handled at the end "
						+ "| rows per result | bytes per result | bytes written per notification | query and JSON ms "
						+ "| writing to every stream ms |\n");
		text.append("|---|---|---|---|---|---|---|---|---|---|\n");
		for (OriginalRate rate : this.original.rates()) {
			NotificationActivity activity = rate.activity();
			text.append("| ")
				.append(label(rate.measurement().offered(), rate.measurement().attempt()))
				.append(" | ")
				.append(Figures.rate(activity.received()))
				.append(" | ")
				.append(Figures.rate(activity.handled()))
				.append(" | ")
				.append(Figures.rate(rate.waiting()))
				.append(" | ")
				.append(Figures.rate(rate.handling()))
				.append(" | ")
				.append(Figures.rate(activity.meanRows()))
				.append(" | ")
				.append(bytes(activity.meanResultBytes()))
				.append(" | ")
				.append(bytes(activity.meanBytesWritten()))
				.append(" | ")
				.append(Figures.millis(activity.meanQueryMillis()))
				.append(" | ")
				.append(Figures.millis(activity.meanWriteMillis()))
				.append(" |\n");
		}
		text.append('\n');
		if (this.original.warmupUndelivered() > 0) {
			text.append("The original design had not delivered its warm-up within ")
				.append(OriginalDesignRun.WARMUP_DRAIN.toSeconds())
				.append(" s (")
				.append(Figures.rate(this.original.warmupUndelivered()))
				.append(" changes × subscribers missing), so its first rate started behind.\n\n");
		}
	}

	private void appendHeld(StringBuilder text) {
		RateMeasurement originalHeld = highestHeld(
				this.original.rates().stream().map(OriginalRate::measurement).toList());
		RateMeasurement pipelineHeld = highestHeld(this.pipeline.rates());
		text.append("A rate that missed only its p99 ceiling (every change delivered in time, the writers keeping up) ")
			.append("was measured once more, as *(again)*; the last measurement of a rate decides.\n\n");
		text.append("Highest rate held (p99 ≤ ")
			.append(Figures.millis(RateMeasurement.HELD_P99_MILLIS))
			.append(" ms, writers within 5 % of the offered rate, every change delivered within ")
			.append(drainSeconds())
			.append(" s):\n\n");
		text.append("- original design: ").append(held(originalHeld, this.original.rates().isEmpty())).append('\n');
		text.append("- pipeline: ").append(held(pipelineHeld, this.pipeline.rates().isEmpty())).append('\n');
		text.append("- pipeline ÷ original design: ").append(heldRatio(originalHeld, pipelineHeld)).append("\n\n");
		text.append("Target (")
			.append(this.options.quick() ? "this quick run has a smaller shape, so it only indicates; " : "")
			.append("both designs judged by the same p99 ceiling):\n\n");
		text.append("- ≥ ")
			.append(Figures.rate(TARGET_RATIO))
			.append("× the original design's highest sustained rate at equal p99: ")
			.append(verdict(originalHeld, pipelineHeld))
			.append('\n');
	}

	private long drainSeconds() {
		return OriginalDesignBenchmark.DRAIN_TIMEOUT.toSeconds();
	}

	private String held(RateMeasurement best, boolean nothingMeasured) {
		if (best != null) {
			return Figures.rate(best.offered()) + " changes/s";
		}
		return nothingMeasured ? "not measured"
				: "none: it did not hold the lowest rate, " + Figures.rate(this.options.rates().get(0)) + " change/s";
	}

	private String heldRatio(RateMeasurement originalHeld, RateMeasurement pipelineHeld) {
		if (pipelineHeld == null) {
			return "n/a (the pipeline held no rate)";
		}
		if (originalHeld == null) {
			return "more than " + Figures.ratio(pipelineHeld.offered(), this.options.rates().get(0))
					+ " (the original design's highest sustained rate is below the lowest rate of the ladder)";
		}
		return Figures.ratio(pipelineHeld.offered(), originalHeld.offered());
	}

	private String verdict(RateMeasurement originalHeld, RateMeasurement pipelineHeld) {
		if (pipelineHeld == null) {
			return "**missed** (the pipeline held no rate of the ladder)";
		}
		double lowest = this.options.rates().get(0);
		if (originalHeld == null) {
			double bound = pipelineHeld.offered() / lowest;
			if (bound >= TARGET_RATIO) {
				return "met: more than " + Figures.ratio(bound, 1) + ", i.e. more than "
						+ Figures.ratio(bound, TARGET_RATIO) + " the target (the original design held no rate)";
			}
			return "cannot be judged: the original design held no rate, and the pipeline's "
					+ Figures.rate(pipelineHeld.offered()) + " changes/s is less than " + Figures.rate(TARGET_RATIO)
					+ "× the lowest rate";
		}
		double ratio = pipelineHeld.offered() / (double) originalHeld.offered();
		String figures = Figures.ratio(ratio, 1) + " (" + Figures.rate(pipelineHeld.offered()) + " against "
				+ Figures.rate(originalHeld.offered()) + " changes/s), " + Figures.ratio(ratio, TARGET_RATIO)
				+ " the target";
		return (ratio >= TARGET_RATIO) ? "met: " + figures : "**missed**: " + figures;
	}

	// The last attempt of each rate decides; the ladder stopped after the first rate
	// not held.
	private RateMeasurement highestHeld(List<RateMeasurement> measurements) {
		RateMeasurement best = null;
		for (int rate : this.options.rates()) {
			List<RateMeasurement> attempts = attempts(measurements, rate);
			if (attempts.isEmpty() || !attempts.get(attempts.size() - 1).held()) {
				break;
			}
			best = attempts.get(attempts.size() - 1);
		}
		return best;
	}

	private static List<RateMeasurement> attempts(List<RateMeasurement> measurements, int rate) {
		return measurements.stream().filter((measurement) -> measurement.offered() == rate).toList();
	}

	private static String label(int rate, int attempt) {
		return Figures.rate(rate) + ((attempt > 1) ? " (again)" : "");
	}

	private static int last(List<RateMeasurement> rates) {
		return rates.isEmpty() ? 0 : rates.get(rates.size() - 1).ended();
	}

	private static String cells(RateMeasurement rate) {
		if (rate == null) {
			return String.join(" | ", NONE, NONE, NONE, NONE, NONE, NONE);
		}
		return String.join(" | ", Figures.rate(rate.committedRate()), millis(rate, 50), millis(rate, 99),
				millis(rate, 99.9), Figures.rate(rate.undelivered()), rate.held() ? "yes" : "**no**");
	}

	private static String millis(RateMeasurement rate, double percentile) {
		return rate.measured() ? Figures.millis(rate.percentileMillis(percentile)) : "n/a";
	}

	private static String ratio(RateMeasurement original, RateMeasurement pipeline, double percentile) {
		if (original == null || pipeline == null || !original.measured() || !pipeline.measured()) {
			return NONE;
		}
		return Figures.ratio(original.percentileMillis(percentile), pipeline.percentileMillis(percentile));
	}

	private static String bytes(double bytes) {
		if (bytes < 1024) {
			return String.format(Locale.ROOT, "%.0f B", bytes);
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
		}
		if (bytes < 1024 * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
		}
		return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
	}

}
