package io.plrlive.benchmarks.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one run of the gateway benchmark measures and where its report goes.
 *
 * @param quick whether the loads and windows are the small ones
 * @param idleConnections idle streams asked for in the memory measurement (fewer when the
 * open-file limit does not allow them)
 * @param subscribers streams that receive the board updates in the delivery measurement
 * @param courseInstances course instances the streams are spread over, one live board
 * each
 * @param boardEntries entries of each board
 * @param updateRate board updates per second, in total, round-robin over the course
 * instances
 * @param warmUp delivery warm-up, not measured
 * @param window delivery window, measured
 * @param nchan whether to measure nchan beside the gateway
 * @param report the Markdown file to update, or empty to print only
 */
record GatewayOptions(boolean quick, int idleConnections, int subscribers, int courseInstances, int boardEntries,
		int updateRate, Duration warmUp, Duration window, boolean nchan, Optional<Path> report) {

	static final String USAGE = """
			Options (in -Dbenchmark.args, separated by spaces):
			  --quick                          3,000 streams and 1 s + 4 s windows (full: 20,000 idle, 10,000 subscribers, 5 s + 30 s)
			  --connections=20000              idle streams of the memory measurement
			  --no-nchan                       measure the gateway only
			  --report=PATH                    Markdown file to update (default: docs/benchmarks.md)
			  --no-report                      print only""";

	private static final String REPORT_PROPERTY = "plr.benchmarks.report";

	static GatewayOptions parse(String[] args) {
		List<String> options = Arrays.stream(args).flatMap((arg) -> Arrays.stream(arg.trim().split("\\s+"))).toList();
		boolean quick = options.contains("--quick");
		int connections = quick ? 3_000 : 20_000;
		boolean nchan = true;
		Optional<Path> report = Optional.ofNullable(System.getProperty(REPORT_PROPERTY)).map(Path::of);
		for (String option : options) {
			String value = option.substring(option.indexOf('=') + 1);
			if (option.startsWith("--connections=")) {
				connections = Integer.parseInt(value);
			}
			else if (option.equals("--no-nchan")) {
				nchan = false;
			}
			else if (option.startsWith("--report=")) {
				report = Optional.of(Path.of(value));
			}
			else if (option.equals("--no-report")) {
				report = Optional.empty();
			}
			else if (!option.isEmpty() && !option.equals("--quick")) {
				throw new IllegalArgumentException("Unknown option '" + option + "'\n" + USAGE);
			}
		}
		return new GatewayOptions(quick, connections, quick ? 3_000 : 10_000, 100, 50, 100,
				Duration.ofSeconds(quick ? 1 : 5), Duration.ofSeconds(quick ? 4 : 30), nchan, report);
	}

	/**
	 * The options as a reader would retype them.
	 * @return e.g. {@code --quick}
	 */
	String commandLine() {
		StringBuilder line = new StringBuilder(this.quick ? "--quick" : "");
		if (this.idleConnections != (this.quick ? 3_000 : 20_000)) {
			line.append(" --connections=").append(this.idleConnections);
		}
		if (!this.nchan) {
			line.append(" --no-nchan");
		}
		return line.toString().trim();
	}

}
