package io.plrlive.benchmarks.original;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one run measures: the pipeline benchmark's shape of classes and subscribers, one
 * ladder of offered rates for both designs, and the time of each step.
 *
 * @param quick whether this is the small, short shape
 * @param courseInstances course instances, each with one open live session
 * @param students students of each course instance
 * @param subscribers SSE streams of each design, spread evenly over the course instances
 * @param rates offered changes per second, climbed in order by each design until it
 * misses one
 * @param originalWarmup unmeasured load at the first rate before the original's ladder
 * @param pipelineWarmupRate the rate of the pipeline's warm-up, as in its own benchmark
 * @param pipelineWarmup unmeasured load before the pipeline's ladder
 * @param window measured time of each rate (longer for the lowest rates, see
 * {@link #windowFor(int)})
 * @param report the Markdown file the results go to, none with {@code --no-report}
 */
record OriginalOptions(boolean quick, int courseInstances, int students, int subscribers, List<Integer> rates,
		Duration originalWarmup, int pipelineWarmupRate, Duration pipelineWarmup, Duration window,
		Optional<Path> report) {

	private static final List<Integer> RATES = List.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000);

	/**
	 * The fewest changes a rate offers, so that the lowest rates are more than a handful.
	 */
	static final int MIN_CHANGES_PER_RATE = 20;

	static OriginalOptions parse(String[] args) {
		List<String> options = List.of(String.join(" ", args).trim().split("\\s+"));
		for (String option : options) {
			if (!option.isEmpty() && !option.equals("--quick") && !option.equals("--no-report")) {
				throw new IllegalArgumentException("Unknown option " + option + " (known: --quick, --no-report)");
			}
		}
		boolean quick = options.contains("--quick");
		Optional<Path> report = options.contains("--no-report") ? Optional.empty()
				: Optional.of(Path.of(System.getProperty("plr.benchmarks.report", "docs/benchmarks.md")));
		if (quick) {
			return new OriginalOptions(true, 20, 30, 500, RATES, Duration.ofSeconds(5), 250, Duration.ofSeconds(10),
					Duration.ofSeconds(5), report);
		}
		// One change of warm-up for the original: at this shape one notification writes
		// gigabytes.
		return new OriginalOptions(false, 200, 30, 5000, RATES, Duration.ofSeconds(1), 250, Duration.ofSeconds(10),
				Duration.ofSeconds(10), report);
	}

	/**
	 * The measured time of a rate: the window, or longer where the window would offer
	 * fewer than {@value #MIN_CHANGES_PER_RATE} changes.
	 * @param rate offered changes per second
	 * @return how long to offer it
	 */
	Duration windowFor(int rate) {
		long seconds = (MIN_CHANGES_PER_RATE + rate - 1) / rate;
		return (seconds > this.window.toSeconds()) ? Duration.ofSeconds(seconds) : this.window;
	}

	String commandLine() {
		return this.quick ? "--quick" : "";
	}

	String shape() {
		return this.courseInstances + " course instances × " + this.students + " students, " + this.subscribers
				+ " subscribers";
	}

	/**
	 * Changes per course instance the whole run may commit, with room to spare: both
	 * ladders in full and both warm-ups.
	 * @return the commit log's capacity per course instance
	 */
	int changesPerCourseInstance() {
		long changes = this.rates.get(0) * this.originalWarmup.toSeconds()
				+ this.pipelineWarmupRate * this.pipelineWarmup.toSeconds();
		for (int rate : this.rates) {
			changes += 2L * rate * windowFor(rate).toSeconds();
		}
		return Math.toIntExact(2 * changes / this.courseInstances + 1024);
	}

}
