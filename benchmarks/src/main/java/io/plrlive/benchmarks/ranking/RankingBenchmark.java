package io.plrlive.benchmarks.ranking;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.ReportFile;

/**
 * The score aggregator's benchmark: for 1,000 live sessions of 50 students and for one
 * class of 2,000, the input rate it sustains and the latency from a score change to the
 * scores topic. Prints a table and rewrites its section of docs/benchmarks.md. Not a
 * test: nothing fails because a figure is slow.
 */
public final class RankingBenchmark {

	private static final Logger log = LoggerFactory.getLogger(RankingBenchmark.class);

	private RankingBenchmark() {
	}

	public static void main(String[] args) {
		RankingOptions options = RankingOptions.parse(args);
		ZonedDateTime started = ZonedDateTime.now();
		String loadBefore = MachineDescription.loadAverage();
		ShapeMeasurement measurement = new ShapeMeasurement(options);
		List<ShapeResult> results = new ArrayList<>();
		for (ClassShape shape : options.shapes()) {
			log.info("Measuring {}", shape.describe());
			results.add(measurement.measure(shape));
		}
		String report = new RankingReport(options, started, MachineDescription.current(), loadBefore, results).render();
		System.out.println(report);
		options.report().ifPresent((file) -> {
			ReportFile.update(file, "ranking", "RankingBenchmark", report);
			log.info("Wrote the results to {}", file);
		});
		System.exit(0);
	}

}
