package io.plrlive.benchmarks.capture;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open-loop load: a fixed timeline of score changes at the offered rate, shared round
 * robin by a few writer connections. A change is written at its scheduled instant, or at
 * once when the writers are behind, so a slow system meets more load instead of less (no
 * coordinated omission). Each change is one autocommitted {@code UPDATE} of a random
 * student's assessment instance, which the PLR trigger turns into one new participant
 * version.
 */
final class LoadGenerator {

	private static final Logger log = LoggerFactory.getLogger(LoadGenerator.class);

	private static final String SCORE_CHANGE = "UPDATE assessment_instances SET points = points + 1 WHERE id = ?";

	private final String jdbcUrl;

	private final List<SeededParticipant> participants;

	// Latest version per participant; during a step each index belongs to one writer only
	// (index % writers), so each writer knows the version its next change makes.
	private final long[] versions;

	private final LatencyTracker tracker;

	private final boolean synchronousCommit;

	/**
	 * Prepares a generator; it connects when a step runs.
	 * @param jdbcUrl the database
	 * @param participants the seeded participants
	 * @param tracker where commits go
	 * @param synchronousCommit whether the writers' own sessions keep
	 * {@code synchronous_commit = on} (each change waits for its WAL flush)
	 */
	LoadGenerator(String jdbcUrl, List<SeededParticipant> participants, LatencyTracker tracker,
			boolean synchronousCommit) {
		this.jdbcUrl = jdbcUrl;
		this.participants = participants;
		this.versions = participants.stream().mapToLong(SeededParticipant::version).toArray();
		this.tracker = tracker;
		this.synchronousCommit = synchronousCommit;
	}

	/**
	 * Runs a warm-up and a measured window at one offered rate, and returns once every
	 * writer has finished.
	 * @param rate changes per second
	 * @param warmup time before the window, not measured
	 * @param window the measured time
	 * @param writers writer connections
	 * @return the step, whose deliveries may still be arriving
	 */
	RateStep run(int rate, Duration warmup, Duration window, int writers) {
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		RateStep step = new RateStep(rate, writers, start + warmup.toNanos(), window);
		Schedule schedule = new Schedule(start, 1e9 / rate, (long) (rate * (warmup.plus(window).toNanos() / 1e9)),
				step.windowEnd());
		return execute(step, schedule, writers);
	}

	/**
	 * Writes a number of changes back to back, as fast as the writers can, none of them
	 * measured for latency; their arrivals are still recorded in the returned step.
	 * @param changes changes to write
	 * @param writers writer connections
	 * @return the step, whose deliveries may still be arriving
	 */
	RateStep backlog(long changes, int writers) {
		long start = System.nanoTime();
		RateStep step = new RateStep(0, writers, start, Duration.ZERO);
		return execute(step, new Schedule(start, 0, changes, Long.MAX_VALUE), writers);
	}

	private RateStep execute(RateStep step, Schedule schedule, int writers) {
		List<Connection> connections = IntStream.range(0, writers).mapToObj((writer) -> connect()).toList();
		try {
			List<Thread> threads = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				int own = writer;
				Thread thread = new Thread(() -> write(connections.get(own), own, writers, schedule, step),
						"plr-benchmark-writer-" + own);
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				thread.join();
			}
			return step;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing changes", ex);
		}
		finally {
			connections.forEach(LoadGenerator::closeQuietly);
		}
	}

	private void write(Connection connection, int writer, int writers, Schedule schedule, RateStep step) {
		int[] own = IntStream.range(0, this.participants.size()).filter((index) -> index % writers == writer).toArray();
		SplittableRandom random = new SplittableRandom(31L * step.offeredRate() + writer);
		try (PreparedStatement update = connection.prepareStatement(SCORE_CHANGE)) {
			for (long tick = writer; tick < schedule.changes(); tick += writers) {
				long scheduled = schedule.at(tick);
				if (!awaitOrGiveUp(scheduled, schedule.deadline())) {
					step.skipped((schedule.changes() - tick + writers - 1) / writers);
					return;
				}
				int index = own[random.nextInt(own.length)];
				SeededParticipant participant = this.participants.get(index);
				update.setLong(1, participant.assessmentInstanceId());
				update.executeUpdate();
				long committed = System.nanoTime();
				long version = ++this.versions[index];
				boolean measured = step.measures(committed);
				if (measured) {
					step.committed(scheduled, committed);
				}
				this.tracker.committed(LatencyTracker.key(participant.participantId(), version), committed, step,
						measured);
			}
		}
		catch (SQLException ex) {
			step.failed();
			log.warn("Writer {} stopped: {}", writer, ex.getMessage());
		}
	}

	private static boolean awaitOrGiveUp(long scheduled, long deadline) {
		long now = System.nanoTime();
		if (now > deadline) {
			return false;
		}
		while (scheduled - now > 0) {
			LockSupport.parkNanos(scheduled - now);
			now = System.nanoTime();
		}
		return true;
	}

	private Connection connect() {
		try {
			Connection connection = DriverManager.getConnection(this.jdbcUrl, BenchmarkPostgres.SUPERUSER, "");
			connection.setAutoCommit(true);
			if (!this.synchronousCommit) {
				try (Statement statement = connection.createStatement()) {
					// The load generator's own sessions only: the server keeps
					// synchronous
					// commit, so the capture side and durability are unchanged. Without
					// it
					// the generator measures the disk's fsync rate, not the pipeline.
					statement.execute("SET synchronous_commit = off");
				}
			}
			return connection;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Writer could not connect to " + this.jdbcUrl + ": " + ex.getMessage(), ex);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing a writer connection failed", ex);
		}
	}

	/**
	 * The timeline of one step.
	 *
	 * @param start instant of the first change ({@link System#nanoTime()})
	 * @param intervalNanos time between two changes
	 * @param changes changes scheduled, warm-up included
	 * @param deadline instant after which writers that fell behind stop: the end of the
	 * window ({@link Long#MAX_VALUE}: never)
	 */
	private record Schedule(long start, double intervalNanos, long changes, long deadline) {

		long at(long tick) {
			return this.start + (long) (tick * this.intervalNanos);
		}

	}

}
