package io.plrlive.benchmarks.capture;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.plrlive.benchmarks.report.Figures;

/**
 * Compares a run with the targets and writes the side-by-side comparisons as
 * ratios: CDC against NOTIFY at the same rate, and the default against the tuned
 * {@code wal_writer_delay}.
 */
final class TargetComparison {

	static final int TARGET_RATE = 1000;

	static final double NOTIFY_P50_MILLIS = 5;

	static final double NOTIFY_P99_MILLIS = 25;

	static final double CDC_P99_MILLIS = 100;

	static final int SUSTAINED_RATE = 10_000;

	private final BenchmarkRun run;

	TargetComparison(BenchmarkRun run) {
		this.run = run;
	}

	String targets() {
		StringBuilder lines = new StringBuilder();
		for (WalWriterDelay delay : WalWriterDelay.values()) {
			this.run.result(CapturePathUnderTest.NOTIFY, delay, TARGET_RATE).ifPresent((notify) -> {
				lines.append(bullet("NOTIFY p50 at 1,000 changes/s, " + delay.label(), notify, notify.p50(),
						NOTIFY_P50_MILLIS));
				lines.append(bullet("NOTIFY p99 at 1,000 changes/s, " + delay.label(), notify, notify.p99(),
						NOTIFY_P99_MILLIS));
			});
		}
		this.run.configuration(CapturePathUnderTest.CDC, WalWriterDelay.TUNED)
			.ifPresent(
					(cdc) -> cdc.rates()
						.forEach(
								(result) -> lines.append(bullet(
										"CDC p99 at " + Figures.rate(result.offeredRate()) + " changes/s, "
												+ WalWriterDelay.TUNED.label(),
										result, result.p99(), CDC_P99_MILLIS))));
		for (CapturePathUnderTest path : CapturePathUnderTest.values()) {
			this.run.configuration(path, WalWriterDelay.TUNED)
				.filter((configuration) -> !configuration.search().isEmpty())
				.ifPresent((configuration) -> lines.append(sustained(configuration)));
		}
		this.run.configuration(CapturePathUnderTest.CDC, WalWriterDelay.TUNED)
			.flatMap(ConfigurationResult::drain)
			.ifPresent((drain) -> lines.append(drained(drain)));
		return lines.toString();
	}

	String pathRatios() {
		StringBuilder table = new StringBuilder(
				"| setting | offered/s | p50 CDC ÷ NOTIFY | p99 CDC ÷ NOTIFY | both rates held |\n|---|--:|--:|--:|---|\n");
		for (WalWriterDelay delay : WalWriterDelay.values()) {
			for (int rate : this.run.options().rates()) {
				Optional<StepResult> notify = this.run.result(CapturePathUnderTest.NOTIFY, delay, rate);
				Optional<StepResult> cdc = this.run.result(CapturePathUnderTest.CDC, delay, rate);
				if (notify.isPresent() && cdc.isPresent()) {
					table.append(row(delay.setting(), rate, cdc.get(), notify.get()));
				}
			}
		}
		return table.toString();
	}

	String delayRatios() {
		StringBuilder table = new StringBuilder(
				"| path | offered/s | p50 200 ms ÷ 10 ms | p99 200 ms ÷ 10 ms | both rates held |\n|---|--:|--:|--:|---|\n");
		for (CapturePathUnderTest path : CapturePathUnderTest.values()) {
			for (int rate : this.run.options().rates()) {
				Optional<StepResult> slow = this.run.result(path, WalWriterDelay.DEFAULT, rate);
				Optional<StepResult> tuned = this.run.result(path, WalWriterDelay.TUNED, rate);
				if (slow.isPresent() && tuned.isPresent()) {
					table.append(row(path.label(), rate, slow.get(), tuned.get()));
				}
			}
		}
		return table.toString();
	}

	private static String row(String label, int rate, StepResult compared, StepResult base) {
		return "| " + label + " | " + Figures.rate(rate) + " | " + Figures.ratio(compared.p50(), base.p50()) + " | "
				+ Figures.ratio(compared.p99(), base.p99()) + " | " + ((compared.held() && base.held()) ? "yes" : "no")
				+ " |\n";
	}

	private static String bullet(String what, StepResult result, double millis, double target) {
		String verdict = (millis <= target) ? "met" : "**missed** by " + Figures.millis(millis - target) + " ms ("
				+ Figures.ratio(millis, target) + " the target)";
		String held = result.held() ? "" : " (the rate was not held: " + Figures.rate(result.committedRate())
				+ "/s committed, " + Figures.rate(result.deliveredRate()) + "/s delivered)";
		return "- " + what + ": " + Figures.millis(millis) + " ms against ≤ " + Figures.millis(target) + " ms: "
				+ verdict + held + "\n";
	}

	private static String sustained(ConfigurationResult configuration) {
		OptionalInt highest = configuration.highestSustained();
		String held = highest.isPresent() ? Figures.rate(highest.getAsInt()) + " changes/s" : "none of the ladder";
		if (configuration.searchNeverFailed()) {
			held = "at least " + held + " (every step held; the limit lies above the ladder)";
		}
		List<StepResult> search = configuration.search();
		String verdict = (highest.isPresent() && highest.getAsInt() >= SUSTAINED_RATE) ? "met"
				: "**missed**" + highest.stream()
					.mapToObj((rate) -> " (" + Figures.ratio(rate, SUSTAINED_RATE) + " the target)")
					.findFirst()
					.orElse("");
		return "- Highest sustained rate, " + configuration.path().label() + " path, " + configuration.delay().label()
				+ ": " + held + " against ≥ " + Figures.rate(SUSTAINED_RATE) + " changes/s: " + verdict
				+ " (first step not held: " + firstFailure(search) + ")\n";
	}

	private static String drained(BacklogDrain drain) {
		String verdict = (drain.drainedRate() >= SUSTAINED_RATE) ? "met"
				: "**missed** (" + Figures.ratio(drain.drainedRate(), SUSTAINED_RATE) + " the target)";
		return "- CDC path draining a backlog of " + Figures.rate(drain.changes())
				+ " changes (capture alone, the database idle): " + Figures.rate(drain.drainedRate())
				+ " changes/s against ≥ " + Figures.rate(SUSTAINED_RATE) + " changes/s: " + verdict + "\n";
	}

	private static String firstFailure(List<StepResult> search) {
		return search.stream()
			.filter((step) -> !step.held())
			.findFirst()
			.map((step) -> Figures.rate(step.offeredRate()) + "/s, delivered " + Figures.rate(step.deliveredRate())
					+ "/s, p99 " + Figures.millis(step.p99()) + " ms")
			.orElse("none");
	}

}
