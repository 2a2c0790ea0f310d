package io.plrlive.benchmarks.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load: graded submissions as PrairieLearn writes them, one
 * {@code UPDATE assessment_instances SET points} per transaction (autocommit, with
 * {@code synchronous_commit = off}), paced at an offered rate by a few writer
 * connections. Each course instance belongs to one writer, so its changes commit in
 * order; change {@code n} of a course instance gives its student {@code n mod students}
 * the points {@code n}.
 */
public final class ScoreWriters {

	private static final Logger log = LoggerFactory.getLogger(ScoreWriters.class);

	private static final String UPDATE = "UPDATE assessment_instances SET points = ?, modified_at = now() WHERE id = ?";

	private final String jdbcUrl;

	private final List<SeededClass> classes;

	private final CommitLog commits;

	public ScoreWriters(String jdbcUrl, List<SeededClass> classes, CommitLog commits) {
		this.jdbcUrl = jdbcUrl;
		this.classes = classes;
		this.commits = commits;
	}

	/**
	 * Offers a rate for a while and returns when the time is up.
	 * @param rate changes per second, over all course instances
	 * @param duration how long
	 * @return changes committed
	 */
	public long run(int rate, Duration duration) {
		int writers = writersFor(rate, this.classes.size());
		ExecutorService threads = Executors.newFixedThreadPool(writers);
		try {
			long start = System.nanoTime() + 50_000_000L;
			long end = start + duration.toNanos();
			long interval = 1_000_000_000L * writers / rate;
			List<Future<Long>> results = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				results.add(threads
					.submit(() -> write(writer, writers, start + writer * interval / writers, end, interval)));
			}
			long committed = 0;
			for (Future<Long> result : results) {
				committed += result.get();
			}
			return committed;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A writer failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

	// Enough connections to hide the round trips of the higher rates, without
	// outnumbering the cores by too much.
	static int writersFor(int rate, int courseInstances) {
		return Math.min(courseInstances, Math.max(2, Math.min(8, rate / 250)));
	}

	private long write(int writer, int writers, long first, long end, long interval) throws SQLException {
		List<Integer> mine = new ArrayList<>();
		for (int c = writer; c < this.classes.size(); c += writers) {
			mine.add(c);
		}
		long committed = 0;
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET synchronous_commit = off");
			}
			try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
				long due = first;
				int next = 0;
				while (due < end && System.nanoTime() < end) {
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					int courseIndex = mine.get(next);
					next = (next + 1) % mine.size();
					SeededClass seeded = this.classes.get(courseIndex);
					int change = this.commits.next(courseIndex);
					long[] students = seeded.assessmentInstanceIds();
					update.setDouble(1, change);
					update.setLong(2, students[change % students.length]);
					update.executeUpdate();
					this.commits.committed(courseIndex, change, System.nanoTime());
					committed++;
					due += interval;
				}
			}
		}
		if (writer == 0) {
			log.debug("Writer 0 committed {} changes", committed);
		}
		return committed;
	}

}
