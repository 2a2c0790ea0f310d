package io.plrlive.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.plrlive.benchmarks.gateway.ProcessStatus;

/**
 * How many SSE streams this JVM can still open. The gateway and the subscribers run in
 * the same JVM, so each stream takes two of its files (the client's socket and the
 * server's), under one soft limit on open files that cannot be raised past the hard one.
 *
 * @param limit the JVM's soft limit on open files
 * @param hardLimit the hard limit, past which the soft one cannot be raised without
 * privileges; {@link Long#MAX_VALUE} when unlimited or unknown
 * @param open files open now (jars, the broker's logs, connections)
 */
record OpenFileBudget(long limit, long hardLimit, long open) {

	/** Files a stream takes in this JVM: the client's socket and the server's. */
	static final int FILES_PER_STREAM = 2;

	/**
	 * Room kept free for what the pipeline opens while it runs (log segments, database
	 * connections, class files).
	 */
	static final int RESERVE = 1000;

	/** Streams are capped to a multiple of this, so that capped points read plainly. */
	private static final int ROUNDING = 500;

	static OpenFileBudget now() {
		long pid = ProcessHandle.current().pid();
		return new OpenFileBudget(ProcessStatus.openFileLimit(pid), hardOpenFileLimit(), ProcessStatus.openFiles(pid));
	}

	/**
	 * The streams to open: those asked for, or fewer where the limit leaves no room.
	 * @param requested streams asked for
	 * @return streams that fit
	 */
	int streamsThatFit(int requested) {
		if (this.limit == Long.MAX_VALUE) {
			return requested;
		}
		long room = Math.max(0, (this.limit - this.open - RESERVE) / FILES_PER_STREAM);
		if (requested <= room) {
			return requested;
		}
		return (int) ((room >= ROUNDING) ? room / ROUNDING * ROUNDING : room);
	}

	// The third column of "Max open files" in /proc/self/limits.
	private static long hardOpenFileLimit() {
		try {
			return Files.readAllLines(Path.of("/proc/self/limits"))
				.stream()
				.filter((line) -> line.startsWith("Max open files"))
				.map((line) -> line.substring("Max open files".length()).trim().split("\\s+")[1])
				.filter((hard) -> hard.chars().allMatch(Character::isDigit))
				.map(Long::parseLong)
				.findFirst()
				.orElse(Long.MAX_VALUE);
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

}
