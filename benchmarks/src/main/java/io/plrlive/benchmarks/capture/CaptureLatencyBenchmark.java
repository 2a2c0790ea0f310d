package io.plrlive.benchmarks.capture;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.ReportFile;

/**
 * Measures commit-to-Kafka latency of change capture, per capture path, on PostgreSQL's
 * default {@code wal_writer_delay} and on the tuned one, at fixed offered rates, and
 * searches the highest sustained rate of each path on the tuned setting. A program, not a
 * test: speed is measured and recorded in docs/benchmarks.md, never asserted.
 */
public final class CaptureLatencyBenchmark {

	private static final Logger log = LoggerFactory.getLogger(CaptureLatencyBenchmark.class);

	private final BenchmarkOptions options;

	private CaptureLatencyBenchmark(BenchmarkOptions options) {
		this.options = options;
	}

	/**
	 * Runs every configuration, logs the tables and updates the report; exits with status
	 * 0 when the run completed, whatever the figures.
	 * @param args options, see {@link BenchmarkOptions#USAGE}
	 */
	public static void main(String[] args) {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			log.error(ex.getMessage());
			System.exit(2);
			return;
		}
		int status = 0;
		try {
			new CaptureLatencyBenchmark(options).run();
		}
		catch (RuntimeException ex) {
			log.error("The benchmark did not complete", ex);
			status = 1;
		}
		// Kafka and Debezium leave non-daemon threads behind their contexts.
		System.exit(status);
	}

	private void run() {
		ZonedDateTime started = ZonedDateTime.now();
		long start = System.nanoTime();
		String loadBefore = MachineDescription.loadAverage();
		log.info("Capture latency benchmark: {}; load average {}", BenchmarkReport.command(this.options), loadBefore);
		DatabaseCeiling.Result ceiling = DatabaseCeiling.measure(this.options.students());
		List<ConfigurationResult> configurations = new ArrayList<>();
		for (WalWriterDelay delay : this.options.delays()) {
			for (CapturePathUnderTest path : this.options.paths()) {
				configurations.add(measure(path, delay));
			}
		}
		BenchmarkRun run = new BenchmarkRun(this.options, started, Duration.ofNanos(System.nanoTime() - start),
				MachineDescription.current(), loadBefore, MachineDescription.loadAverage(), ceiling, configurations);
		logSummary(run);
		this.options.report().ifPresent((file) -> {
			ReportFile.update(file, "capture-latency", "CaptureLatencyBenchmark", new BenchmarkReport(run).render());
			log.info("Results written to {}", file.toAbsolutePath().normalize());
		});
	}

	private ConfigurationResult measure(CapturePathUnderTest path, WalWriterDelay delay) {
		try (CapturePipeline pipeline = CapturePipeline.start(path, delay, this.options.students(),
				this.options.synchronousCommit(), this.options.startWarmup())) {
			Map<String, String> settings = pipeline.serverSettings();
			List<StepResult> rates = new ArrayList<>();
			for (int rate : this.options.rates()) {
				rates.add(logged(pipeline.measure(rate, this.options.warmup(), this.options.window())));
			}
			List<StepResult> search = new ArrayList<>();
			if (delay == WalWriterDelay.TUNED) {
				for (int rate : this.options.searchRates()) {
					StepResult step = logged(
							pipeline.measure(rate, this.options.searchWarmup(), this.options.searchWindow()));
					search.add(step);
					if (!step.held()) {
						break;
					}
				}
			}
			Optional<BacklogDrain> drain = Optional.empty();
			if (delay == WalWriterDelay.TUNED && path == CapturePathUnderTest.CDC && this.options.backlog() > 0) {
				drain = Optional.of(logged(pipeline.drainBacklog(this.options.backlog())));
			}
			return new ConfigurationResult(path, delay, settings, rates, search, drain);
		}
	}

	private static BacklogDrain logged(BacklogDrain drain) {
		log.info(
				"CDC backlog of {} changes: written in {} s ({}/s); drained at {}/s ({} s from first to last "
						+ "arrival, {} s from restart to last arrival)",
				Figures.rate(drain.changes()), Figures.seconds(drain.written()), Figures.rate(drain.writtenRate()),
				Figures.rate(drain.drainedRate()), Figures.seconds(drain.firstToLastArrival()),
				Figures.seconds(drain.restartToLastArrival()));
		return drain;
	}

	private static StepResult logged(StepResult result) {
		log.info(ResultTables.line(result));
		return result;
	}

	private static void logSummary(BenchmarkRun run) {
		log.info("Results ({} min {} s, load average before {}, after {}):", run.wallTime().toMinutes(),
				run.wallTime().toSecondsPart(), run.loadBefore(), run.loadAfter());
		run.configurations()
			.forEach((configuration) -> configuration.rates().forEach((r) -> log.info(ResultTables.line(r))));
		for (ConfigurationResult configuration : run.configurations()) {
			if (!configuration.search().isEmpty()) {
				log.info("Highest sustained rate, {} path, {}: {}{} changes/s", configuration.path().label(),
						configuration.delay().label(),
						configuration.highestSustained().stream().mapToObj(Figures::rate).findFirst().orElse("none"),
						configuration.searchNeverFailed() ? " or more" : "");
			}
		}
	}

}
