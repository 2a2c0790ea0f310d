package io.plrlive.launcher;

import java.util.function.Function;

/**
 * The launcher's command line.
 *
 * @param fresh whether to delete the data directory first ({@code --fresh})
 * @param ports the apps' ports ({@code --web-ui-port=9080} and the like)
 * @param demo the demo's scale and liveliness ({@code --demo-courses=},
 * {@code --demo-students=}, {@code --demo-activity=}, {@code --no-simulation})
 */
record LaunchOptions(boolean fresh, LocalPorts ports, DemoOptions demo) {

	static final String USAGE = "--fresh, --no-simulation, --demo-courses=N, --demo-students=N, "
			+ "--demo-activity=SHARE and --<app>-port=PORT for web-ui, sse-gateway, change-capture and "
			+ "score-aggregator";

	/**
	 * Reads the command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException naming the argument that is wrong
	 */
	static LaunchOptions parse(String... args) {
		boolean fresh = false;
		LocalPorts ports = LocalPorts.configured();
		DemoOptions demo = DemoOptions.DEFAULT;
		for (String arg : args) {
			if (arg.equals("--fresh")) {
				fresh = true;
			}
			else if (arg.equals("--no-simulation")) {
				demo = new DemoOptions(demo.courses(), demo.students(), demo.activity(), false);
			}
			else if (arg.startsWith("--demo-courses=")) {
				int courses = value(arg, Integer::parseInt);
				demo = new DemoOptions(courses, demo.students(), demo.activity(), demo.simulate());
			}
			else if (arg.startsWith("--demo-students=")) {
				int students = value(arg, Integer::parseInt);
				demo = new DemoOptions(demo.courses(), students, demo.activity(), demo.simulate());
			}
			else if (arg.startsWith("--demo-activity=")) {
				double activity = value(arg, Double::parseDouble);
				demo = new DemoOptions(demo.courses(), demo.students(), activity, demo.simulate());
			}
			else {
				ports = withPort(ports, arg);
			}
		}
		return new LaunchOptions(fresh, ports, demo);
	}

	private static LocalPorts withPort(LocalPorts ports, String arg) {
		for (Service service : Service.values()) {
			if (arg.startsWith(LocalPorts.option(service) + "=")) {
				return ports.with(service, value(arg, Integer::parseInt));
			}
		}
		throw new IllegalArgumentException("Unknown argument '" + arg + "'");
	}

	private static <T> T value(String arg, Function<String, T> parser) {
		String option = arg.substring(0, arg.indexOf('='));
		String value = arg.substring(arg.indexOf('=') + 1);
		try {
			return parser.apply(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + " must be a number, not '" + value + "'", ex);
		}
	}

}
