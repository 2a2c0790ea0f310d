package io.plrlive.benchmarks.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What Linux's {@code /proc} says of a process and of the machine: processor time and
 * proportional memory. A process that has gone answers nothing rather than failing: the
 * processes of a database come and go.
 */
final class ProcFiles {

	/** Clock ticks per second of {@code /proc}'s processor times ({@code USER_HZ}). */
	private static final double TICKS_PER_SECOND = ticksPerSecond();

	// Fields of /proc/<pid>/stat counted from the state, which follows the command's ")".
	private static final int PARENT = 1;

	private static final int USER_TIME = 11;

	private static final int CHILDREN_SYSTEM_TIME = 14;

	private ProcFiles() {
	}

	/**
	 * The processor time of a process, user and system, including that of its children
	 * that have ended and been waited for: a child's time moves to its parent when it
	 * ends, so the sum over a parent and its living children only grows.
	 * @param pid the process
	 * @return seconds, or empty when the process is gone
	 */
	static Optional<Double> cpuSecondsWithEndedChildren(long pid) {
		return statFields(pid).map((fields) -> {
			long ticks = 0;
			for (int field = USER_TIME; field <= CHILDREN_SYSTEM_TIME; field++) {
				ticks += Long.parseLong(fields[field]);
			}
			return ticks / TICKS_PER_SECOND;
		});
	}

	/**
	 * The parent of a process.
	 * @param pid the process
	 * @return its parent's pid, or empty when the process is gone
	 */
	static Optional<Long> parent(long pid) {
		return statFields(pid).map((fields) -> Long.parseLong(fields[PARENT]));
	}

	/**
	 * The proportional set size ({@code Pss} of {@code smaps_rollup}): resident memory,
	 * with each page shared by n processes counted 1/n in each, so that the figures of a
	 * group of processes that share memory (PostgreSQL's shared buffers) add up. Falls
	 * back to {@code VmRSS} where {@code smaps_rollup} is missing.
	 * @param pid the process
	 * @return bytes, or 0 when the process is gone
	 */
	static long proportionalBytes(long pid) {
		Path proc = Path.of("/proc", Long.toString(pid));
		return kibibytes(proc.resolve("smaps_rollup"), "Pss:").or(() -> kibibytes(proc.resolve("status"), "VmRSS:"))
			.orElse(0L) * 1024;
	}

	/**
	 * The processor time the whole machine spent busy (not idle and not waiting for I/O),
	 * from {@code /proc/stat}: this includes whatever else runs on the machine.
	 * @return seconds over all processors
	 */
	static double machineBusySeconds() {
		List<String> lines = lines(Path.of("/proc/stat"));
		if (lines.isEmpty() || !lines.get(0).startsWith("cpu ")) {
			return 0;
		}
		String[] fields = lines.get(0).trim().split("\\s+");
		long busy = 0;
		// user nice system idle iowait irq softirq steal; guest time is already in user.
		for (int field = 1; field <= 8 && field < fields.length; field++) {
			if (field != 4 && field != 5) {
				busy += Long.parseLong(fields[field]);
			}
		}
		return busy / TICKS_PER_SECOND;
	}

	private static Optional<String[]> statFields(long pid) {
		List<String> lines = lines(Path.of("/proc", Long.toString(pid), "stat"));
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		String line = lines.get(0);
		// The command, in parentheses, may itself hold spaces and parentheses.
		return Optional.of(line.substring(line.lastIndexOf(')') + 2).split(" "));
	}

	private static Optional<Long> kibibytes(Path file, String field) {
		return lines(file).stream()
			.filter((line) -> line.startsWith(field))
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.findFirst();
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static double ticksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
			if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0 && answer.matches("[0-9]+")) {
				return Double.parseDouble(answer);
			}
		}
		catch (IOException ex) {
			// Linux's USER_HZ is 100 on every common architecture.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return 100;
	}

}
