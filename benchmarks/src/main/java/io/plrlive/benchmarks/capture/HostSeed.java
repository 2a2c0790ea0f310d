package io.plrlive.benchmarks.capture;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.testing.HostDatabase;

/**
 * Writes the host data of one live quiz: a course instance with an LV assessment, its
 * enrolled students, an open session and one assessment instance per student, so that
 * every student is a participant of the session before the load starts.
 */
final class HostSeed {

	private static final Logger log = LoggerFactory.getLogger(HostSeed.class);

	private HostSeed() {
	}

	/**
	 * Seeds the database; students are inserted in bulk, as a term's roster would be.
	 * @param dataSource the migrated database
	 * @param students how many students
	 * @return the participants, in assessment-instance order
	 */
	static List<SeededParticipant> seed(DataSource dataSource, int students) {
		HostDatabase host = new HostDatabase(dataSource);
		long courseId = host.course("BENCH 101");
		long courseInstanceId = host.courseInstance(courseId, "Benchmark term");
		long assessmentId = host.liveAssessment(courseInstanceId, "Benchmark quiz");
		host.update(
				"INSERT INTO users (uid, name, email) SELECT 'bench' || g || '@example.com', "
						+ "'Bench Student ' || g, 'bench.student.' || g || '@example.com' FROM generate_series(1, ?) g",
				students);
		host.update("INSERT INTO enrollments (user_id, course_instance_id) "
				+ "SELECT user_id, ? FROM users WHERE uid LIKE 'bench%' ORDER BY user_id", courseInstanceId);
		long sessionId = host.openSession(courseInstanceId, assessmentId);
		host.update("INSERT INTO assessment_instances (assessment_id, user_id, points) "
				+ "SELECT ?, user_id, 0 FROM users WHERE uid LIKE 'bench%' ORDER BY user_id", assessmentId);
		List<SeededParticipant> participants = host
			.rows("SELECT ai.id AS instance_id, p.id AS participant_id, p.version FROM assessment_instances ai "
					+ "JOIN plr_participants p ON p.user_id = ai.user_id AND p.session_id = ? "
					+ "WHERE ai.assessment_id = ? ORDER BY ai.id", sessionId, assessmentId)
			.stream()
			.map(HostSeed::participant)
			.toList();
		if (participants.size() != students || !host.faults().isEmpty()) {
			throw new IllegalStateException("Seeding made " + participants.size() + " participants of " + students
					+ " students; trigger faults: " + host.faults());
		}
		log.info("Seeded {} participants of live session {}", students, sessionId);
		return participants;
	}

	private static SeededParticipant participant(Map<String, Object> row) {
		return new SeededParticipant(((Number) row.get("instance_id")).longValue(),
				((Number) row.get("participant_id")).longValue(), ((Number) row.get("version")).longValue());
	}

}
