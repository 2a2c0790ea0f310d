package io.plrlive.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a run was measured on, read from {@code /proc} where it exists.
 *
 * @param processors processors available to the JVM
 * @param memory total memory, as {@code /proc/meminfo} gives it
 * @param cpuModel the first processor's model name
 * @param java Java runtime name and version
 * @param os operating system name and version
 */
public record MachineDescription(int processors, String memory, String cpuModel, String java, String os) {

	private static final String UNKNOWN = "unknown";

	/**
	 * The machine in one phrase, for the line that opens a report.
	 * @return e.g. {@code 2 processors (Intel Xeon ...), 24 GiB, Java 17.0.15, Linux 6.1}
	 */
	public String summary() {
		return this.processors + " processors (" + this.cpuModel + "), " + this.memory + ", " + this.java + ", "
				+ this.os;
	}

	public static MachineDescription current() {
		return new MachineDescription(Runtime.getRuntime().availableProcessors(),
				field("/proc/meminfo", "MemTotal").map(MachineDescription::gibibytes).orElse(UNKNOWN),
				field("/proc/cpuinfo", "model name").orElse(UNKNOWN),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.version"));
	}

	/**
	 * The load averages over 1, 5 and 15 minutes, which include whatever else ran on the
	 * machine.
	 * @return e.g. {@code 1.52 1.80 1.91}, or {@code unknown}
	 */
	public static String loadAverage() {
		return lines("/proc/loadavg").stream()
			.findFirst()
			.map((line) -> String.join(" ", List.of(line.split(" ")).subList(0, 3)))
			.orElse(UNKNOWN);
	}

	private static Optional<String> field(String file, String name) {
		return lines(file).stream()
			.filter((line) -> line.startsWith(name))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst();
	}

	private static String gibibytes(String kibibytes) {
		long kib = Long.parseLong(kibibytes.replace("kB", "").trim());
		return String.format(Locale.ROOT, "%.1f GiB", kib / (1024.0 * 1024.0));
	}

	private static List<String> lines(String file) {
		try {
			return Files.readAllLines(Path.of(file));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
