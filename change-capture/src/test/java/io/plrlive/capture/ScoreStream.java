package io.plrlive.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.testing.HostDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A class playing a live quiz: students whose grades rise one point at a time, each grade
 * one committed change of their participant row, so that every version from 1 to the last
 * must reach Kafka.
 */
final class ScoreStream {

	private final HostDatabase host;

	private final long session;

	private final List<Long> instances = new ArrayList<>();

	private final Map<Long, Integer> grades = new HashMap<>();

	private final AtomicInteger committed = new AtomicInteger();

	private Connection connection;

	private PreparedStatement grading;

	ScoreStream(HostDatabase host, String course, int students) {
		this.host = host;
		long courseInstance = host.courseInstance(host.course(course), "Fa26");
		long quiz = host.liveAssessment(courseInstance, "Quiz 1");
		this.session = host.openSession(courseInstance, quiz);
		for (int i = 0; i < students; i++) {
			long instance = host.startAssessment(quiz, host.student(courseInstance, "Student " + i), 0);
			this.instances.add(instance);
		}
	}

	/**
	 * Commits the next grade, round robin over the students, on one connection kept open
	 * between grades.
	 * @throws SQLException if the database is unreachable; the same grade is committed by
	 * the next call
	 */
	void gradeNext() throws SQLException {
		int index = this.committed.get() % this.instances.size();
		long instance = this.instances.get(index);
		int points = this.grades.getOrDefault(instance, 0) + 1;
		try {
			if (this.grading == null) {
				this.connection = this.host.dataSource().getConnection();
				this.grading = this.connection
					.prepareStatement("UPDATE assessment_instances SET points = ?, modified_at = now() WHERE id = ?");
			}
			this.grading.setInt(1, points);
			this.grading.setLong(2, instance);
			this.grading.executeUpdate();
		}
		catch (SQLException ex) {
			closeConnection();
			throw ex;
		}
		this.grades.put(instance, points);
		this.committed.incrementAndGet();
	}

	/** Commits the next grade, retrying while the database is away (e.g. restarting). */
	void gradeNextWhateverHappens() {
		await().atMost(Duration.ofSeconds(60))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				try {
					gradeNext();
					return true;
				}
				catch (SQLException ex) {
					return false;
				}
			});
	}

	void closeConnection() {
		try {
			if (this.connection != null) {
				this.connection.close();
			}
		}
		catch (SQLException ex) {
			// Already broken.
		}
		this.connection = null;
		this.grading = null;
	}

	int committed() {
		return this.committed.get();
	}

	/**
	 * Every participant's versions, 1 to its current one, each present in what was read
	 * from Kafka.
	 */
	void assertEveryVersionIn(List<ParticipantChanged> read) {
		Map<Long, Long> current = new HashMap<>();
		this.host.rows("SELECT id, version FROM plr_participants WHERE session_id = ?", this.session)
			.forEach((row) -> current.put((Long) row.get("id"), (Long) row.get("version")));
		assertThat(current).hasSize(this.instances.size());
		Map<Long, java.util.Set<Long>> seen = new HashMap<>();
		read.forEach((change) -> seen.computeIfAbsent(change.participantId(), (id) -> new java.util.HashSet<>())
			.add(change.version()));
		current.forEach((participant, version) -> assertThat(seen.getOrDefault(participant, java.util.Set.of()))
			.as("versions of participant %d", participant)
			.containsAll(java.util.stream.LongStream.rangeClosed(1, version).boxed().toList()));
	}

}
