package io.plrlive.benchmarks.scale;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures one point in a JVM of its own, started by {@link PointProcess}: the point's
 * heap, resident memory, threads and open files are then its own, not what earlier points
 * left behind. Writes its result to the file named by {@code --result=PATH}.
 */
public final class PointMain {

	private static final Logger log = LoggerFactory.getLogger(PointMain.class);

	private PointMain() {
	}

	public static void main(String[] args) {
		List<String> arguments = Arrays.asList(args);
		Path result = arguments.stream()
			.filter((argument) -> argument.startsWith("--result="))
			.map((argument) -> Path.of(argument.substring("--result=".length())))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Missing --result=PATH"));
		PointResultFile.write(result, new PointMeasurement(PointPlan.parse(arguments)).measure());
		log.info("Wrote the point's result to {}", result);
		// The services' non-daemon threads would keep the JVM alive.
		System.exit(0);
	}

}
