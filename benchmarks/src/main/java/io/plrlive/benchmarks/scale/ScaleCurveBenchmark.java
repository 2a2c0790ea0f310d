package io.plrlive.benchmarks.scale;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.ReportFile;

/**
 * The scale curves: how the end-to-end pipeline's cost grows with the number of course
 * instances, their class size and the number of SSE subscribers. Each curve varies one of
 * them from a base shape while the others stay fixed, at one modest offered rate; each
 * point runs on a fresh pipeline in a JVM of its own and records commit-to-browser
 * latency, the cores used by that JVM and by PostgreSQL, and their memory. Draws one PNG
 * image per curve, prints a table per curve and rewrites its section of
 * docs/benchmarks.md. Not a test: nothing fails because a figure is high.
 */
public final class ScaleCurveBenchmark {

	private static final Logger log = LoggerFactory.getLogger(ScaleCurveBenchmark.class);

	/**
	 * The longest a point may take, start and seed included. The slowest point of the
	 * full run, 100 course instances of 2,000 students, takes about five minutes on 2
	 * cores, most of it seeding 200,000 participants through the pipeline.
	 */
	private static final Duration POINT_TIMEOUT = Duration.ofMinutes(8);

	private ScaleCurveBenchmark() {
	}

	public static void main(String[] args) {
		// The charts are drawn off screen.
		System.setProperty("java.awt.headless", "true");
		ScaleOptions options = ScaleOptions.parse(args);
		ZonedDateTime started = ZonedDateTime.now();
		long startedNanos = System.nanoTime();
		String loadBefore = MachineDescription.loadAverage();
		OpenFileBudget files = OpenFileBudget.now();
		List<ScaleShape> shapes = options.shapes();
		log.info("{} points around {} at {} changes/s; open-file limit {}", shapes.size(), options.base().describe(),
				Figures.rate(options.rate()), files.limit());
		Map<ScaleShape, PointResult> results = new LinkedHashMap<>();
		for (ScaleShape shape : shapes) {
			log.info("Point {} of {}: {}", results.size() + 1, shapes.size(), shape.describe());
			results.put(shape, PointProcess.run(options.plan(shape), POINT_TIMEOUT));
		}
		Duration wallTime = Duration.ofNanos(System.nanoTime() - startedNanos);
		options.images().ifPresent((folder) -> new ScaleCharts(options, results).write(folder));
		String report = new ScaleReport(options, started, wallTime, MachineDescription.current(), loadBefore,
				MachineDescription.loadAverage(), results, files)
			.render();
		System.out.println(report);
		options.report().ifPresent((file) -> {
			ReportFile.update(file, "scale-curves", "ScaleCurveBenchmark", report);
			log.info("Wrote the results to {}", file);
		});
		System.exit(0);
	}

}
