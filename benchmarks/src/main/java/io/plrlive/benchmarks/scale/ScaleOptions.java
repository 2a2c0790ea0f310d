package io.plrlive.benchmarks.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one run measures: the base shape, the values of each curve, the offered rate, the
 * windows, and where the report and the images go.
 *
 * @param quick whether this is the small, short run for smoke tests
 * @param base the shape every curve starts from; each curve varies one of its dimensions
 * @param rate offered score changes per second, the same at every point
 * @param warmup unmeasured load before each point's window
 * @param window measured time of each point
 * @param curves the values of each curve's varied dimension, in order; a curve without
 * values is skipped
 * @param report the Markdown file the results go to, none with {@code --no-report}
 * @param images the folder the PNG curves go to: the report's folder unless
 * {@code --images=DIR}; none with {@code --no-report} alone
 * @param commandLine the options as given, for the report
 */
record ScaleOptions(boolean quick, ScaleShape base, int rate, Duration warmup, Duration window,
		Map<Curve, List<Integer>> curves, Optional<Path> report, Optional<Path> images, String commandLine) {

	private static final ScaleShape FULL_BASE = new ScaleShape(100, 30, 1000);

	private static final ScaleShape QUICK_BASE = new ScaleShape(20, 30, 200);

	static ScaleOptions parse(String[] args) {
		List<String> options = Arrays.stream(String.join(" ", args).trim().split("\\s+"))
			.filter((option) -> !option.isEmpty())
			.toList();
		boolean quick = options.contains("--quick");
		ScaleShape base = quick ? QUICK_BASE : FULL_BASE;
		Map<Curve, List<Integer>> curves = new EnumMap<>(Curve.class);
		curves.put(Curve.COURSES, quick ? List.of(5, 20, 80) : List.of(10, 100, 1000));
		curves.put(Curve.CLASS_SIZE, quick ? List.of(30, 300) : List.of(30, 200, 600, 2000));
		curves.put(Curve.SUBSCRIBERS, quick ? List.of(200, 2000) : List.of(100, 1000, 5000, 20000));
		int rate = quick ? 100 : 200;
		Optional<Path> report = Optional.of(Path.of(System.getProperty("plr.benchmarks.report", "docs/benchmarks.md")));
		Optional<Path> images = Optional.empty();
		for (String option : options) {
			if (option.equals("--quick")) {
				continue;
			}
			if (option.equals("--no-report")) {
				report = Optional.empty();
			}
			else if (option.startsWith("--report=")) {
				report = Optional.of(Path.of(value(option)));
			}
			else if (option.startsWith("--images=")) {
				images = Optional.of(Path.of(value(option)));
			}
			else if (option.startsWith("--rate=")) {
				rate = Integer.parseInt(value(option));
			}
			else {
				Curve curve = Arrays.stream(Curve.values())
					.filter((candidate) -> option.startsWith(candidate.option() + "="))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("Unknown option " + option
							+ "; known: --quick, --no-report, --report=PATH, --images=DIR, --rate=N, "
							+ "--courses=10,100, --class-sizes=30,200, --subscribers=100,1000"));
				curves.put(curve, numbers(value(option)));
			}
		}
		if (images.isEmpty() && report.isPresent()) {
			images = Optional.of(report.get().toAbsolutePath().getParent());
		}
		Duration warmup = Duration.ofSeconds(quick ? 4 : 10);
		Duration window = Duration.ofSeconds(quick ? 5 : 15);
		return new ScaleOptions(quick, base, rate, warmup, window, curves, report, images, String.join(" ", options));
	}

	/**
	 * Every distinct shape to measure, in the order the curves list them. The base shape
	 * lies on every curve that includes its value, and is measured once.
	 * @return the shapes
	 */
	List<ScaleShape> shapes() {
		Set<ScaleShape> shapes = new LinkedHashSet<>();
		for (Map.Entry<Curve, List<Integer>> curve : this.curves.entrySet()) {
			for (int value : curve.getValue()) {
				shapes.add(curve.getKey().at(this.base, value));
			}
		}
		return new ArrayList<>(shapes);
	}

	/**
	 * What the JVM that measures a shape needs to know.
	 * @param shape a point's shape
	 * @return its plan
	 */
	PointPlan plan(ScaleShape shape) {
		return new PointPlan(shape, this.rate, this.warmup, this.window);
	}

	private static String value(String option) {
		return option.substring(option.indexOf('=') + 1);
	}

	private static List<Integer> numbers(String list) {
		return Arrays.stream(list.split(","))
			.map(String::trim)
			.filter((number) -> !number.isEmpty())
			.map(Integer::parseInt)
			.toList();
	}

}
