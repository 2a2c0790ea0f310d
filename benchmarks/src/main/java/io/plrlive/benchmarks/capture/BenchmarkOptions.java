package io.plrlive.benchmarks.capture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's options, from its command line. Every run is bounded: durations and
 * rates are fixed up front.
 *
 * @param quick whether the shorter durations were chosen
 * @param startWarmup unmeasured load on each freshly started system, so that the JIT
 * compiler has compiled its hot code before the first measured rate
 * @param warmup unmeasured time before each fixed rate
 * @param window measured time of each fixed rate
 * @param searchWarmup unmeasured time before each step of the sustained-rate search
 * @param searchWindow measured time of each step of the search
 * @param rates the fixed rates, changes per second
 * @param searchRates the search's ladder, changes per second, ascending
 * @param students participants of the quiz
 * @param backlog changes in the backlog that the CDC path drains after a restart (0: not
 * measured)
 * @param synchronousCommit whether the load generator keeps synchronous commit
 * @param paths the capture paths to measure
 * @param delays the {@code wal_writer_delay} settings to measure
 * @param report the Markdown file to update, if any
 */
record BenchmarkOptions(boolean quick, Duration startWarmup, Duration warmup, Duration window, Duration searchWarmup,
		Duration searchWindow, List<Integer> rates, List<Integer> searchRates, int students, long backlog,
		boolean synchronousCommit, List<CapturePathUnderTest> paths, List<WalWriterDelay> delays,
		Optional<Path> report) {

	/** Changes of the CDC backlog by default, full and quick. */
	private static final long BACKLOG = 100_000;

	private static final long QUICK_BACKLOG = 30_000;

	/** System property naming the default report file; the Maven build sets it. */
	static final String REPORT_PROPERTY = "plr.benchmarks.report";

	static final String USAGE = """
			Options (separated by spaces):
			  --quick                 shorter durations (2 s warm-up, 6 s per rate, 5 s per search step)
			  --start-warmup=60       seconds of unmeasured load on each fresh system (quick: 15)
			  --rates=100,1000,5000   fixed offered rates, changes/s
			  --search=500,750,...    ladder of the sustained-rate search (empty: no search)
			  --students=2000         participants of the live quiz
			  --backlog=100000        changes the CDC path drains after a restart (quick: 30000; 0: skip)
			  --sync-commit           writers keep synchronous_commit = on (default: off in their sessions)
			  --paths=notify,cdc      capture paths to measure
			  --delays=200ms,10ms     wal_writer_delay settings to measure
			  --report=PATH           Markdown file to update (default: docs/benchmarks.md)
			  --no-report             print only""";

	/**
	 * Reads the options; each argument may hold several, separated by spaces, as Maven
	 * passes {@code -Dbenchmark.args} as one argument.
	 * @param args the command line
	 * @return the options
	 * @throws IllegalArgumentException on an unknown option
	 */
	static BenchmarkOptions parse(String[] args) {
		List<String> options = Arrays.stream(args).flatMap((arg) -> Arrays.stream(arg.trim().split("\\s+"))).toList();
		boolean quick = options.contains("--quick");
		List<Integer> rates = List.of(100, 1000, 5000);
		List<Integer> search = List.of(500, 750, 1000, 1250, 1500, 2000, 3000, 5000, 7500, 10000, 15000, 20000);
		int students = 2000;
		long backlog = quick ? QUICK_BACKLOG : BACKLOG;
		List<CapturePathUnderTest> paths = List.of(CapturePathUnderTest.values());
		List<WalWriterDelay> delays = List.of(WalWriterDelay.values());
		Optional<Path> report = Optional.ofNullable(System.getProperty(REPORT_PROPERTY)).map(Path::of);
		Duration startWarmup = seconds(quick ? 15 : 60);
		for (String option : options) {
			String value = option.substring(option.indexOf('=') + 1);
			if (option.startsWith("--rates=")) {
				rates = integers(value);
			}
			else if (option.startsWith("--search=")) {
				search = integers(value);
			}
			else if (option.startsWith("--start-warmup=")) {
				startWarmup = seconds(Integer.parseInt(value));
			}
			else if (option.startsWith("--backlog=")) {
				backlog = Long.parseLong(value);
			}
			else if (option.startsWith("--students=")) {
				students = Integer.parseInt(value);
			}
			else if (option.startsWith("--paths=")) {
				paths = Arrays.stream(value.split(",")).map(CapturePathUnderTest::named).toList();
			}
			else if (option.startsWith("--delays=")) {
				delays = Arrays.stream(value.split(",")).map(WalWriterDelay::of).toList();
			}
			else if (option.startsWith("--report=")) {
				report = Optional.of(Path.of(value));
			}
			else if (option.equals("--no-report")) {
				report = Optional.empty();
			}
			else if (!option.isEmpty() && !option.equals("--quick") && !option.equals("--sync-commit")) {
				throw new IllegalArgumentException("Unknown option '" + option + "'\n" + USAGE);
			}
		}
		return new BenchmarkOptions(quick, startWarmup, seconds(quick ? 2 : 5), seconds(quick ? 6 : 20),
				seconds(quick ? 2 : 3), seconds(quick ? 5 : 10), rates, search, students, backlog,
				options.contains("--sync-commit"), paths, delays, report);
	}

	/**
	 * The options as a reader would retype them.
	 * @return e.g. {@code --quick}
	 */
	String commandLine() {
		StringBuilder line = new StringBuilder(this.quick ? "--quick" : "");
		if (this.synchronousCommit) {
			line.append(" --sync-commit");
		}
		if (!this.startWarmup.equals(seconds(this.quick ? 15 : 60))) {
			line.append(" --start-warmup=").append(this.startWarmup.toSeconds());
		}
		if (this.backlog != (this.quick ? QUICK_BACKLOG : BACKLOG)) {
			line.append(" --backlog=").append(this.backlog);
		}
		if (this.paths.size() < CapturePathUnderTest.values().length) {
			line.append(" --paths=")
				.append(String.join(",",
						this.paths.stream().map((path) -> path.label().toLowerCase(Locale.ROOT)).toList()));
		}
		if (this.delays.size() < WalWriterDelay.values().length) {
			line.append(" --delays=")
				.append(String.join(",", this.delays.stream().map(WalWriterDelay::setting).toList()));
		}
		return line.toString().trim();
	}

	private static List<Integer> integers(String values) {
		if (values.isBlank()) {
			return List.of();
		}
		return Arrays.stream(values.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

	private static Duration seconds(long seconds) {
		return Duration.ofSeconds(seconds);
	}

}
