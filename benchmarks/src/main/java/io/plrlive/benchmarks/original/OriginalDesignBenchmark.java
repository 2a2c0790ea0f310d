package io.plrlive.benchmarks.original;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.pipeline.CommitLog;
import io.plrlive.benchmarks.pipeline.PipelineSeed;
import io.plrlive.benchmarks.pipeline.PipelineSystem;
import io.plrlive.benchmarks.pipeline.ScoreWriters;
import io.plrlive.benchmarks.pipeline.SeededClass;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.ReportFile;

/**
 * The end-to-end benchmark against the original design: on one embedded PostgreSQL with
 * the pipeline benchmark's seed, the original PLR push server rebuilt as it was (an
 * empty-payload NOTIFY per change, a full re-query of every live session per
 * notification, the whole result written to every subscriber) climbs a ladder of offered
 * rates until it misses one; then the PLR Live pipeline climbs the same ladder with as
 * many subscribers. Compares their commit-to-browser latency at each rate and the highest
 * rate each held, prints a table and rewrites its section of docs/benchmarks.md. Not a
 * test: nothing fails because a figure is slow.
 */
public final class OriginalDesignBenchmark {

	/** How long the subscribers may take to catch up after each rate. */
	static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(OriginalDesignBenchmark.class);

	private OriginalDesignBenchmark() {
	}

	public static void main(String[] args) {
		OriginalOptions options = OriginalOptions.parse(args);
		ZonedDateTime started = ZonedDateTime.now();
		String loadBefore = MachineDescription.loadAverage();
		OriginalResults original;
		PipelineResults pipeline;
		try (PipelineSystem system = PipelineSystem.start()) {
			List<SeededClass> classes = PipelineSeed.seed(system.dataSource(), options.courseInstances(),
					options.students());
			CommitLog commits = new CommitLog(options.courseInstances(), options.changesPerCourseInstance());
			ScoreWriters writers = new ScoreWriters(system.jdbcUrl(), classes, commits);
			RateLadder ladder = new RateLadder(writers, options::windowFor, DRAIN_TIMEOUT);
			// The original first, while the gateway is not started yet: change-capture
			// and
			// the aggregator follow its few changes in the background, nothing more.
			original = OriginalDesignRun.run(system.dataSource(), classes, commits, writers, ladder, options);
			pipeline = PipelineRun.run(system, classes, commits, writers, ladder, options);
		}
		String report = new ComparisonReport(options, started, MachineDescription.current(), loadBefore,
				MachineDescription.loadAverage(), original, pipeline)
			.render();
		System.out.println(report);
		options.report().ifPresent((file) -> {
			ReportFile.update(file, "original-design", "OriginalDesignBenchmark", report);
			log.info("Wrote the results to {}", file);
		});
		System.exit(0);
	}

}
