package io.plrlive.benchmarks.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.RunOpening;

/**
 * The results of one run as Markdown: the machine and the command, then per curve its
 * image, a table of its points and how each cost grew from its first point to its last.
 */
final class ScaleReport {

	private final ScaleOptions options;

	private final ZonedDateTime started;

	private final Duration wallTime;

	private final MachineDescription machine;

	private final String loadBefore;

	private final String loadAfter;

	private final Map<ScaleShape, PointResult> results;

	private final OpenFileBudget files;

	ScaleReport(ScaleOptions options, ZonedDateTime started, Duration wallTime, MachineDescription machine,
			String loadBefore, String loadAfter, Map<ScaleShape, PointResult> results, OpenFileBudget files) {
		this.options = options;
		this.started = started;
		this.wallTime = wallTime;
		this.machine = machine;
		this.loadBefore = loadBefore;
		this.loadAfter = loadAfter;
		this.results = results;
		this.files = files;
	}

	String render() {
		StringBuilder text = new StringBuilder();
		text.append(RunOpening.of(this.options.quick(), this.started, this.machine, this.loadBefore, this.loadAfter))
			.append(". Wall time ")
			.append(minutesAndSeconds(this.wallTime))
			.append(" for ")
			.append(this.results.size())
			.append((this.results.size() == 1) ? " point" : " points")
			.append(". Base shape: ")
			.append(this.options.base().describe())
			.append("; ")
			.append(Figures.rate(this.options.rate()))
			.append(" changes/s offered at every point, ")
			.append(this.options.warmup().toSeconds())
			.append(" s of warm-up, then ")
			.append(this.options.window().toSeconds())
			.append(" s measured, each point on a fresh pipeline in a JVM of its own.\n\n");
		text.append("```sh\n./mvnw -q -pl benchmarks compile exec:exec "
				+ "-Dbenchmark.mainClass=io.plrlive.benchmarks.scale.ScaleCurveBenchmark");
		if (!this.options.commandLine().isEmpty()) {
			text.append(" -Dbenchmark.args=\"").append(this.options.commandLine()).append("\"");
		}
		text.append("\n```\n\n");
		appendCapped(text);
		appendOtherLoad(text);
		for (Map.Entry<Curve, List<Integer>> curve : this.options.curves().entrySet()) {
			if (!curve.getValue().isEmpty()) {
				appendCurve(text, curve.getKey(), curve.getValue());
			}
		}
		return text.toString();
	}

	private void appendCapped(StringBuilder text) {
		this.results.values().stream().filter(PointResult::capped).forEach((result) -> {
			text.append("**")
				.append(Figures.rate(result.measured().subscribers()))
				.append(" subscribers instead of ")
				.append(Figures.rate(result.requested().subscribers()))
				.append("**: the gateway and the subscribers share the point's JVM, so each stream takes two of its files, ")
				.append("and its open-file limit is ")
				.append(Figures.rate(this.files.limit()))
				.append((this.files.hardLimit() <= this.files.limit())
						? " (also the hard limit, which only a privileged process can raise)"
						: " (the hard limit is " + Figures.rate(this.files.hardLimit())
								+ ": `ulimit -n` before the run raises the soft one)")
				.append(". The program opens as many streams as leave ")
				.append(Figures.rate(OpenFileBudget.RESERVE))
				.append(" files free, in steps of 500.\n\n");
		});
	}

	/**
	 * What the rest of the machine used during the windows: the cores busy minus those of
	 * the point's JVM and PostgreSQL. Where it is large, the point had less than the
	 * machine.
	 */
	private void appendOtherLoad(StringBuilder text) {
		DoubleSummaryStatistics other = this.results.values()
			.stream()
			.flatMap((result) -> result.figures().stream())
			.mapToDouble((figures) -> Math.max(0,
					figures.processors().machineCores() - figures.processors().pipelineCores()))
			.summaryStatistics();
		if (other.getCount() > 0) {
			text.append("Other processes on the machine used ")
				.append(ProcessorUse.cores(other.getMin()))
				.append(" to ")
				.append(ProcessorUse.cores(other.getMax()))
				.append(" cores during the measured windows (mean ")
				.append(ProcessorUse.cores(other.getAverage()))
				.append("; the machine's busy cores minus the point's JVM and PostgreSQL).\n\n");
		}
	}

	private void appendCurve(StringBuilder text, Curve curve, List<Integer> values) {
		ScaleShape base = this.options.base();
		text.append("#### ").append(curve.title()).append("\n\n");
		text.append(curve.title())
			.append(" varied; otherwise the base shape (")
			.append(base.describe())
			.append(").\n\n");
		this.options.images()
			.ifPresent((folder) -> text.append("![Scale curve: ")
				.append(curve.axisLabel())
				.append("](")
				.append(imageLink(folder, curve))
				.append(")\n\n"));
		text.append("| ")
			.append(curve.axisLabel())
			.append(" | committed/s | deliveries/s | p50 ms | p99 ms | max ms | undelivered | streams ended "
					+ "| JVM cores | PostgreSQL cores | machine cores | heap after GC MiB | JVM RSS MiB "
					+ "| PostgreSQL PSS MiB | set-up s | kept up |\n");
		text.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
		for (int value : values) {
			PointResult result = this.results.get(curve.at(base, value));
			if (result != null) {
				text.append(row(curve, result)).append('\n');
			}
		}
		text.append('\n').append(growth(curve, values)).append("\n\n");
	}

	private String row(Curve curve, PointResult result) {
		String value = Figures.rate(curve.valueOf(result.measured()));
		if (curve.valueOf(result.measured()) != curve.valueOf(result.requested())) {
			value += " (of " + Figures.rate(curve.valueOf(result.requested())) + ")";
		}
		String setup = String.format(Locale.ROOT, "%.0f", result.setup().toMillis() / 1000.0);
		if (result.figures().isEmpty()) {
			return "| " + value + " | – | – | – | – | – | – | – | – | – | – | – | – | – | " + setup + " | **failed**: "
					+ result.failure().orElse("").replace('|', '/').replace('\n', ' ') + " |";
		}
		PointFigures figures = result.figures().get();
		MemoryUse memory = figures.memory();
		return "| " + value + " | " + Figures.rate(figures.committedPerSecond()) + " | "
				+ Figures.rate(figures.deliveriesPerSecond()) + " | " + Figures.millis(figures.percentileMillis(50))
				+ " | " + Figures.millis(figures.percentileMillis(99)) + " | "
				+ Figures.millis(figures.latencies().getMaxValue() / 1000.0) + " | "
				+ Figures.rate(figures.undelivered()) + " | " + figures.streamsEnded() + " | "
				+ ProcessorUse.cores(figures.processors().jvmCores()) + " | "
				+ ProcessorUse.cores(figures.processors().postgresCores()) + " | "
				+ ProcessorUse.cores(figures.processors().machineCores()) + " | "
				+ Figures.rate(MemoryUse.mebibytes(memory.jvm().heapUsedBytes())) + " | "
				+ Figures.rate(MemoryUse.mebibytes(memory.jvm().residentBytes())) + " | "
				+ Figures.rate(MemoryUse.mebibytes(memory.postgresBytes())) + " | " + setup + " | "
				+ (figures.keptUp(this.options.rate()) ? "yes" : "**no**") + " |";
	}

	/**
	 * How each cost grew from the curve's first measured point to its last.
	 */
	private String growth(Curve curve, List<Integer> values) {
		List<PointResult> measured = values.stream()
			.map((value) -> this.results.get(curve.at(this.options.base(), value)))
			.filter((result) -> result != null && result.figures().isPresent())
			.toList();
		if (measured.size() < 2) {
			return "Fewer than two points measured: no growth to report.";
		}
		PointResult first = measured.get(0);
		PointResult last = measured.get(measured.size() - 1);
		PointFigures from = first.figures().get();
		PointFigures to = last.figures().get();
		int low = curve.valueOf(first.measured());
		int high = curve.valueOf(last.measured());
		return "From " + Figures.rate(low) + " to " + Figures.rate(high) + " " + curve.axisLabel() + " ("
				+ Figures.ratio(high, low) + "): p50 "
				+ change(from.percentileMillis(50), to.percentileMillis(50), " ms") + ", p99 "
				+ change(from.percentileMillis(99), to.percentileMillis(99), " ms") + ", JVM cores "
				+ change(from.processors().jvmCores(), to.processors().jvmCores(), "") + ", PostgreSQL cores "
				+ change(from.processors().postgresCores(), to.processors().postgresCores(), "") + ", heap after GC "
				+ change(MemoryUse.mebibytes(from.memory().jvm().heapUsedBytes()),
						MemoryUse.mebibytes(to.memory().jvm().heapUsedBytes()), " MiB")
				+ ", JVM RSS "
				+ change(MemoryUse.mebibytes(from.memory().jvm().residentBytes()),
						MemoryUse.mebibytes(to.memory().jvm().residentBytes()), " MiB")
				+ ", PostgreSQL PSS " + change(MemoryUse.mebibytes(from.memory().postgresBytes()),
						MemoryUse.mebibytes(to.memory().postgresBytes()), " MiB")
				+ ".";
	}

	private static String change(double from, double to, String unit) {
		boolean cores = unit.isEmpty();
		String before = cores ? ProcessorUse.cores(from) : figure(from, unit);
		String after = cores ? ProcessorUse.cores(to) : figure(to, unit);
		return before + unit + " → " + after + unit + " (" + Figures.ratio(to, from) + ")";
	}

	private static String figure(double value, String unit) {
		return unit.equals(" ms") ? Figures.millis(value) : Figures.rate(value);
	}

	private String imageLink(Path folder, Curve curve) {
		Path image = folder.resolve(curve.imageFileName()).toAbsolutePath().normalize();
		Optional<Path> reportFolder = this.options.report().map((file) -> file.toAbsolutePath().getParent());
		return reportFolder.map((from) -> from.normalize().relativize(image).toString()).orElse(image.toString());
	}

	private static String minutesAndSeconds(Duration duration) {
		return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
	}

}
