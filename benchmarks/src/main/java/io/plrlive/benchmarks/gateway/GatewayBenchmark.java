package io.plrlive.benchmarks.gateway;

import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.report.MachineDescription;
import io.plrlive.benchmarks.report.ReportFile;

/**
 * The SSE gateway's benchmark, on loopback: the heap and resident memory of an idle
 * stream (20,000 of them), and the latency from the scores topic to the browser with
 * 10,000 subscribers of 100 course instances at 100 board updates/s, beside nchan under
 * the same load. Prints a report and rewrites its section of docs/benchmarks.md. Not a
 * test: nothing fails because a figure is slow.
 */
public final class GatewayBenchmark {

	private static final Logger log = LoggerFactory.getLogger(GatewayBenchmark.class);

	private GatewayBenchmark() {
	}

	public static void main(String[] args) {
		GatewayOptions options = GatewayOptions.parse(args);
		ZonedDateTime started = ZonedDateTime.now();
		String loadBefore = MachineDescription.loadAverage();
		GatewayMeasurement measurement = new GatewayMeasurement(options);
		measurement.run();
		String report = new GatewayReport(options, started, MachineDescription.current(), loadBefore,
				MachineDescription.loadAverage(), measurement)
			.render();
		System.out.println(report);
		options.report().ifPresent((file) -> {
			ReportFile.update(file, "gateway", "GatewayBenchmark", report);
			log.info("Wrote the results to {}", file);
		});
		System.exit(0);
	}

}
