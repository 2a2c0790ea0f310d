package io.plrlive.benchmarks.ranking;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one run of the ranking benchmark measures and where its report goes.
 *
 * @param quick whether the windows are the short ones
 * @param shapes the loads measured
 * @param backlogPerStudent changes per student in the throughput backlog
 * @param minimumBacklog the fewest changes in the backlog, so that a small load still
 * runs long enough to measure
 * @param latencyRate offered rate of the latency measurement, changes/s
 * @param warmUp latency warm-up, not measured
 * @param window latency window, measured
 * @param report the Markdown file to update, or empty to print only
 */
record RankingOptions(boolean quick, List<ClassShape> shapes, int backlogPerStudent, long minimumBacklog,
		int latencyRate, Duration warmUp, Duration window, Optional<Path> report) {

	static final String USAGE = """
			Options (in -Dbenchmark.args, separated by spaces):
			  --quick                          shorter backlog and windows
			  --scenarios=many-sessions,big-class
			  --report=PATH                    Markdown file to update (default: docs/benchmarks.md)
			  --no-report                      print only""";

	private static final String REPORT_PROPERTY = "plr.benchmarks.report";

	static RankingOptions parse(String[] args) {
		List<String> options = Arrays.stream(args).flatMap((arg) -> Arrays.stream(arg.trim().split("\\s+"))).toList();
		boolean quick = options.contains("--quick");
		List<ClassShape> shapes = List.of(ClassShape.values());
		Optional<Path> report = Optional.ofNullable(System.getProperty(REPORT_PROPERTY)).map(Path::of);
		for (String option : options) {
			String value = option.substring(option.indexOf('=') + 1);
			if (option.startsWith("--scenarios=")) {
				shapes = Arrays.stream(value.split(",")).map(String::trim).map(ClassShape::named).toList();
			}
			else if (option.startsWith("--report=")) {
				report = Optional.of(Path.of(value));
			}
			else if (option.equals("--no-report")) {
				report = Optional.empty();
			}
			else if (!option.isEmpty() && !option.equals("--quick")) {
				throw new IllegalArgumentException("Unknown option '" + option + "'\n" + USAGE);
			}
		}
		return new RankingOptions(quick, shapes, quick ? 2 : 4, quick ? 40_000 : 100_000, 1000,
				Duration.ofSeconds(quick ? 2 : 5), Duration.ofSeconds(quick ? 8 : 20), report);
	}

	/**
	 * The options as a reader would retype them.
	 * @return e.g. {@code --quick}
	 */
	String commandLine() {
		String line = this.quick ? "--quick" : "";
		if (this.shapes.size() < ClassShape.values().length) {
			line += " --scenarios=" + String.join(",", this.shapes.stream().map(ClassShape::label).toList());
		}
		return line.trim();
	}

}
