package io.plrlive.benchmarks.scale;

import java.time.Duration;
import java.util.List;

/**
 * What one point measures, as handed to the JVM that measures it.
 *
 * @param shape the classes and subscribers
 * @param rate offered score changes per second
 * @param warmup unmeasured load before the window
 * @param window measured time
 */
record PointPlan(ScaleShape shape, int rate, Duration warmup, Duration window) {

	/**
	 * The plan as program arguments, which {@link #parse(List)} reads back.
	 * @return e.g. {@code [--courses=100, --students=30, --subscribers=1000, ...]}
	 */
	List<String> arguments() {
		return List.of("--courses=" + this.shape.courseInstances(), "--students=" + this.shape.students(),
				"--subscribers=" + this.shape.subscribers(), "--rate=" + this.rate,
				"--warmup-seconds=" + this.warmup.toSeconds(), "--window-seconds=" + this.window.toSeconds());
	}

	static PointPlan parse(List<String> arguments) {
		return new PointPlan(
				new ScaleShape(number(arguments, "--courses"), number(arguments, "--students"),
						number(arguments, "--subscribers")),
				number(arguments, "--rate"), Duration.ofSeconds(number(arguments, "--warmup-seconds")),
				Duration.ofSeconds(number(arguments, "--window-seconds")));
	}

	private static int number(List<String> arguments, String name) {
		return arguments.stream()
			.filter((argument) -> argument.startsWith(name + "="))
			.map((argument) -> Integer.parseInt(argument.substring(name.length() + 1)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Missing " + name + "=N in " + arguments));
	}

}
