package io.plrlive.benchmarks.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link PointMain} for one point in a JVM of its own, with this JVM's options (the
 * same fixed heap) and class path, its output mixed into this one's. A point that does
 * not finish in time is stopped and recorded as such.
 */
final class PointProcess {

	private static final Logger log = LoggerFactory.getLogger(PointProcess.class);

	/** Time a stopped point's JVM gets to stop its database and broker. */
	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private PointProcess() {
	}

	/**
	 * Measures a point and waits for its result.
	 * @param plan the point
	 * @param timeout the longest the point's JVM may run
	 * @return its result, or a failure that says why there is none
	 */
	static PointResult run(PointPlan plan, Duration timeout) {
		long started = System.nanoTime();
		Path result = temporaryFile();
		try {
			Process process = new ProcessBuilder(command(plan, result)).inheritIO().start();
			if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				log.warn("The point {} did not finish within {} s; stopping it", plan.shape().describe(),
						timeout.toSeconds());
				stop(process);
				return PointResult.failed(plan.shape(), plan.shape(), since(started),
						"did not finish within " + timeout.toSeconds() + " s");
			}
			if (process.exitValue() != 0 || Files.size(result) == 0) {
				return PointResult.failed(plan.shape(), plan.shape(), since(started),
						"its JVM exited with status " + process.exitValue() + " and no result");
			}
			return PointResultFile.read(result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run the point " + plan.shape().describe(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while measuring " + plan.shape().describe(), ex);
		}
		finally {
			delete(result);
		}
	}

	private static List<String> command(PointPlan plan, Path result) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.add("-classpath");
		command.add(System.getProperty("java.class.path"));
		command.add(PointMain.class.getName());
		command.addAll(plan.arguments());
		command.add("--result=" + result);
		return command;
	}

	// SIGTERM first, so that the point's shutdown hooks stop its PostgreSQL server.
	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(STOP_GRACE.toNanos(), TimeUnit.NANOSECONDS)) {
			process.destroyForcibly().waitFor(STOP_GRACE.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	private static Path temporaryFile() {
		try {
			return Files.createTempFile("plr-scale-point-", ".properties");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.debug("Could not delete {}: {}", file, ex.getMessage());
		}
	}

	private static Duration since(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos);
	}

}
