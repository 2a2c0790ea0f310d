package io.plrlive.benchmarks.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one run measures: the shape of the classes, the subscribers and the ladder of
 * offered rates.
 *
 * @param quick whether this is the small, short shape
 * @param courseInstances course instances, each with one open live session
 * @param students students of each course instance
 * @param subscribers SSE streams, spread evenly over the course instances
 * @param rates offered changes per second, climbed in order
 * @param warmup unmeasured load before the first rate
 * @param window measured time of each rate
 * @param report the Markdown file the results go to, none with {@code --no-report}
 */
record PipelineOptions(boolean quick, int courseInstances, int students, int subscribers, List<Integer> rates,
		Duration warmup, Duration window, Optional<Path> report) {

	// Four services, the broker and the clients share one JVM on two cores: the JIT
	// compiler takes about half a core for the first minutes, and a rate measured in
	// that time measures the compiler. A deployed service runs warm.
	private static final Duration FULL_WARMUP = Duration.ofSeconds(60);

	static PipelineOptions parse(String[] args) {
		List<String> options = List.of(String.join(" ", args).trim().split("\\s+"));
		boolean quick = options.contains("--quick");
		Optional<Path> report = options.contains("--no-report") ? Optional.empty()
				: Optional.of(Path.of(System.getProperty("plr.benchmarks.report", "docs/benchmarks.md")));
		if (quick) {
			return new PipelineOptions(true, 20, 30, 500, List.of(250, 500, 1000, 2000), Duration.ofSeconds(10),
					Duration.ofSeconds(5), report);
		}
		return new PipelineOptions(false, 200, 30, 5000, List.of(250, 500, 1000, 2000), FULL_WARMUP,
				Duration.ofSeconds(15), report);
	}

	String commandLine() {
		return this.quick ? "--quick" : "";
	}

	String shape() {
		return this.courseInstances + " course instances × " + this.students + " students, " + this.subscribers
				+ " subscribers";
	}

}
