package io.plrlive.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Linux says of a process: its resident memory, its open files, its processor time.
 */
public final class ProcessStatus {

	private ProcessStatus() {
	}

	/**
	 * The resident set size ({@code VmRSS}).
	 * @param pid the process
	 * @return bytes
	 */
	public static long residentBytes(long pid) {
		String line = lines(Path.of("/proc", Long.toString(pid), "status")).stream()
			.filter((text) -> text.startsWith("VmRSS:"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No VmRSS for process " + pid));
		return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
	}

	/**
	 * The memory a process and its descendants hold, each shared page counted once over
	 * all of them: the sum of their proportional set sizes ({@code Pss} of
	 * {@code smaps_rollup}).
	 * @param pid the process
	 * @return bytes
	 */
	static long proportionalBytesWithDescendants(long pid) {
		ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid));
		return Stream.concat(Stream.of(process), process.descendants())
			.mapToLong((each) -> lines(Path.of("/proc", Long.toString(each.pid()), "smaps_rollup")).stream()
				.filter((text) -> text.startsWith("Pss:"))
				.mapToLong((text) -> Long.parseLong(text.replaceAll("[^0-9]", "")) * 1024)
				.sum())
			.sum();
	}

	/**
	 * The soft limit on open files ({@code ulimit -n}).
	 * @param pid the process
	 * @return the limit, or {@link Long#MAX_VALUE} when unlimited or unknown
	 */
	public static long openFileLimit(long pid) {
		return lines(Path.of("/proc", Long.toString(pid), "limits")).stream()
			.filter((text) -> text.startsWith("Max open files"))
			.map((text) -> text.substring("Max open files".length()).trim().split("\\s+")[0])
			.filter((soft) -> soft.chars().allMatch(Character::isDigit))
			.map(Long::parseLong)
			.findFirst()
			.orElse(Long.MAX_VALUE);
	}

	/**
	 * The files (and sockets) a process has open.
	 * @param pid the process
	 * @return how many
	 */
	public static long openFiles(long pid) {
		try (Stream<Path> files = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			return files.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The processor time a process and its descendants have used so far.
	 * @param pid the process
	 * @return seconds, user and system together
	 */
	static double cpuSeconds(long pid) {
		return ProcessHandle.of(pid)
			.map((process) -> Stream.concat(Stream.of(process), process.descendants())
				.mapToLong((each) -> each.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
				.sum() / 1e9)
			.orElse(0.0);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
