package io.plrlive.benchmarks.original;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.pipeline.BoardSubscribers;
import io.plrlive.benchmarks.pipeline.CommitLog;
import io.plrlive.benchmarks.pipeline.PipelineSystem;
import io.plrlive.benchmarks.pipeline.ScoreWriters;
import io.plrlive.benchmarks.pipeline.SeededClass;
import io.plrlive.benchmarks.report.Figures;

/**
 * The pipeline's part of the run, as the pipeline benchmark measures it: the gateway
 * started, its subscribers opened with their first boards, a warm-up, then the same
 * ladder as the original design's up to the first rate not held (a rate that missed only
 * its p99 ceiling measured once more first).
 */
final class PipelineRun {

	static final String DESIGN = "pipeline";

	private static final Logger log = LoggerFactory.getLogger(PipelineRun.class);

	private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(60);

	private static final int CLIENT_EVENT_LOOPS = 2;

	private PipelineRun() {
	}

	static PipelineResults run(PipelineSystem system, List<SeededClass> classes, CommitLog commits,
			ScoreWriters writers, RateLadder ladder, OriginalOptions options) {
		system.startGateway();
		List<RateMeasurement> rates = new ArrayList<>();
		try (BoardSubscribers subscribers = new BoardSubscribers(commits, CLIENT_EVENT_LOOPS)) {
			subscribers.open(options.subscribers(), classes, system::streamUri, OPEN_TIMEOUT);
			Deliveries deliveries = Deliveries.of(subscribers);
			log.info("{}: warming up at {} changes/s for {} s", DESIGN, options.pipelineWarmupRate(),
					options.pipelineWarmup().toSeconds());
			writers.run(options.pipelineWarmupRate(), options.pipelineWarmup());
			deliveries.awaitDelivered(ladder.drain());
			for (int rate : options.rates()) {
				RateMeasurement measurement = ladder.measure(DESIGN, rate, 1, deliveries);
				rates.add(measurement);
				if (measurement.worthAnotherTry()) {
					measurement = ladder.measure(DESIGN, rate, 2, deliveries);
					rates.add(measurement);
				}
				if (!measurement.held()) {
					log.info("{}: stopping the ladder, {} changes/s was not held", DESIGN, Figures.rate(rate));
					break;
				}
			}
			return new PipelineResults(rates, deliveries.early());
		}
	}

}
