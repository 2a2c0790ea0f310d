package io.plrlive.benchmarks.pipeline;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.ReportFile;

/**
 * The end-to-end benchmark: score changes committed to PostgreSQL at a ladder of offered
 * rates, through change-capture, Kafka, the score aggregator and the SSE gateway, to SSE
 * subscribers in this JVM; measures commit-to-browser latency and the highest rate held.
 * Prints a table and rewrites its section of docs/benchmarks.md. Not a test: nothing
 * fails because a figure is slow.
 */
public final class PipelineBenchmark {

	private static final Logger log = LoggerFactory.getLogger(PipelineBenchmark.class);

	private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

	private static final int CLIENT_EVENT_LOOPS = 2;

	private PipelineBenchmark() {
	}

	public static void main(String[] args) {
		PipelineOptions options = PipelineOptions.parse(args);
		ZonedDateTime started = ZonedDateTime.now();
		String loadBefore = MachineDescription.loadAverage();
		List<RateResult> results = new ArrayList<>();
		int early;
		try (PipelineSystem system = PipelineSystem.start()) {
			List<SeededClass> classes = PipelineSeed.seed(system.dataSource(), options.courseInstances(),
					options.students());
			system.startGateway();
			CommitLog commits = new CommitLog(options.courseInstances(), capacity(options));
			ScoreWriters writers = new ScoreWriters(system.jdbcUrl(), classes, commits);
			try (BoardSubscribers subscribers = new BoardSubscribers(commits, CLIENT_EVENT_LOOPS);
					StageProbe stages = new StageProbe(system.bootstrapServers(), classes, commits)) {
				subscribers.open(options.subscribers(), classes, system::streamUri, OPEN_TIMEOUT);
				int warmupRate = options.rates().get(0);
				log.info("Warming up at {} changes/s for {} s", warmupRate, options.warmup().toSeconds());
				writers.run(warmupRate, options.warmup());
				subscribers.awaitDelivered(DRAIN_TIMEOUT);
				for (int rate : options.rates()) {
					RateResult result = measure(rate, options, writers, subscribers, stages);
					results.add(result);
					log.info("{} changes/s offered, {} committed: p50 {} ms, p99 {} ms, {} deliveries, {} undelivered",
							Figures.rate(rate), Figures.rate(result.committedRate()),
							Figures.millis(result.percentileMillis(50)), Figures.millis(result.percentileMillis(99)),
							result.latencies().getTotalCount(), result.undelivered());
					if (!result.held()) {
						log.info("Stopping the ladder: {} changes/s was not held", Figures.rate(rate));
						break;
					}
				}
				early = subscribers.early();
			}
		}
		String report = new PipelineReport(options, started, MachineDescription.current(), loadBefore,
				MachineDescription.loadAverage(), results, early)
			.render();
		System.out.println(report);
		options.report().ifPresent((file) -> {
			ReportFile.update(file, "pipeline", "PipelineBenchmark", report);
			log.info("Wrote the results to {}", file);
		});
		System.exit(0);
	}

	private static RateResult measure(int rate, PipelineOptions options, ScoreWriters writers,
			BoardSubscribers subscribers, StageProbe stages) {
		subscribers.latencies();
		stages.latencies();
		log.info("Offering {} changes/s for {} s", Figures.rate(rate), options.window().toSeconds());
		long committed = writers.run(rate, options.window());
		long undelivered = subscribers.awaitDelivered(DRAIN_TIMEOUT);
		Histogram latencies = subscribers.latencies();
		return new RateResult(rate, committed / (double) options.window().toSeconds(),
				ScoreWriters.writersFor(rate, options.courseInstances()), latencies, stages.latencies(), undelivered,
				subscribers.ended());
	}

	// Changes per course instance over the whole run, with room to spare.
	private static int capacity(PipelineOptions options) {
		long changes = options.rates().get(0) * options.warmup().toSeconds();
		for (int rate : options.rates()) {
			changes += rate * options.window().toSeconds();
		}
		return (int) (2 * changes / options.courseInstances() + 1024);
	}

}
