package io.plrlive.schema;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipationRulesIT {

	private static HostDatabase host;

	private long courseInstanceId;

	private long quiz;

	private long ada;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@BeforeEach
	void courseInstanceWithAStudent() {
		this.courseInstanceId = host.courseInstance(host.course("CS 225"), "Fa26");
		this.quiz = host.liveAssessment(this.courseInstanceId, "Quiz 1");
		this.ada = host.student(this.courseInstanceId, "Ada Lovelace");
	}

	@Test
	void aChangeWhileOpenJoinsTheStudentWithPointsTimesAThousand() {
		long session = host.openSession(this.courseInstanceId, this.quiz);

		host.startAssessment(this.quiz, this.ada, 2.5);

		Map<String, Object> participant = host.participant(session, this.ada).orElseThrow();
		assertThat(participant).containsEntry("points", 2500L)
			.containsEntry("course_instance_id", this.courseInstanceId)
			.containsEntry("version", 1L);
		assertThat(participant.get("points_changed_at")).isEqualTo(participant.get("joined_at"));
	}

	@Test
	void oneParticipantPerStudentWithTheBestPointsAcrossTheirInstances() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long first = host.startAssessment(this.quiz, this.ada, 5);
		long second = host.startAssessment(this.quiz, this.ada, 3);

		host.grade(second, 8);
		host.grade(first, 6);

		assertThat(host.queryLong("SELECT count(*) FROM plr_participants WHERE session_id = ?", session)).isOne();
		assertThat(host.participant(session, this.ada).orElseThrow()).containsEntry("points", 8000L);
	}

	@Test
	void pointsFollowAScoreThatGoesDown() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long instance = host.startAssessment(this.quiz, this.ada, 7);

		host.grade(instance, 4);

		assertThat(host.participant(session, this.ada).orElseThrow()).containsEntry("points", 4000L);
	}

	@Test
	void durationRunsFromJoiningToTheLatestChangeOfPoints() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long instance = host.startAssessment(this.quiz, this.ada, 0);
		Map<String, Object> joined = host.participant(session, this.ada).orElseThrow();

		host.grade(instance, 3);
		Map<String, Object> scored = host.participant(session, this.ada).orElseThrow();

		assertThat(scored.get("joined_at")).isEqualTo(joined.get("joined_at"));
		assertThat((Instant) scored.get("points_changed_at")).isAfter((Instant) joined.get("points_changed_at"));
		assertThat(scored).containsEntry("version", 2L);
	}

	@Test
	void aSavedDraftThatKeepsThePointsChangesNothing() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long instance = host.startAssessment(this.quiz, this.ada, 4);
		Map<String, Object> before = host.participant(session, this.ada).orElseThrow();

		host.saveDraft(instance);
		host.grade(instance, 4);

		assertThat(host.participant(session, this.ada).orElseThrow()).isEqualTo(before);
	}

	@Test
	void aStudentWhoStartedBeforeTheOpeningJoinsOnTheNextChange() {
		long instance = host.startAssessment(this.quiz, this.ada, 6);
		long session = host.openSession(this.courseInstanceId, this.quiz);
		assertThat(host.participant(session, this.ada)).isEmpty();

		host.saveDraft(instance);

		Map<String, Object> participant = host.participant(session, this.ada).orElseThrow();
		assertThat(participant).containsEntry("points", 6000L);
		assertThat(participant.get("points_changed_at")).isEqualTo(participant.get("joined_at"));
	}

	@Test
	void changesAfterTheCloseChangeNothing() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long instance = host.startAssessment(this.quiz, this.ada, 5);
		host.closeSession(session);
		Map<String, Object> closed = host.participant(session, this.ada).orElseThrow();
		long latecomer = host.student(this.courseInstanceId, "Grace Hopper");

		host.grade(instance, 9);
		host.startAssessment(this.quiz, this.ada, 10);
		host.startAssessment(this.quiz, latecomer, 10);

		assertThat(host.participant(session, this.ada).orElseThrow()).isEqualTo(closed);
		assertThat(host.participant(session, latecomer)).isEmpty();
		assertThat(host.faults()).isEmpty();
	}

	@Test
	void participantsOfAClosedSessionRefuseDirectWrites() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		host.startAssessment(this.quiz, this.ada, 5);
		host.closeSession(session);

		assertThatThrownBy(() -> host.update("UPDATE plr_participants SET points = 0 WHERE session_id = ?", session))
			.hasMessageContaining("Live session " + session + " closed at")
			.hasMessageContaining("its participants no longer change");
	}

	@Test
	void onlyEnrolledStudentsJoin() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long instructor = host.user("Instructor Previewing");

		host.startAssessment(this.quiz, instructor, 10);

		assertThat(host.participant(session, instructor)).isEmpty();
		assertThat(host.faults()).isEmpty();
	}

	@Test
	void otherAssessmentsDoNotJoinTheOpenSession() {
		long session = host.openSession(this.courseInstanceId, this.quiz);
		long otherQuiz = host.liveAssessment(this.courseInstanceId, "Quiz 2");

		host.startAssessment(otherQuiz, this.ada, 10);

		assertThat(host.participant(session, this.ada)).isEmpty();
	}

	@Test
	void aJoiningStudentHasAnAliasNeverTheirRealName() {
		host.openSession(this.courseInstanceId, this.quiz);
		host.startAssessment(this.quiz, this.ada, 1);

		Map<String, Object> student = host.rows("SELECT * FROM plr_students WHERE user_id = ?", this.ada).get(0);
		assertThat((String) student.get("display_name")).doesNotContain("Ada")
			.doesNotContain("Lovelace")
			.isEqualTo(host.rows("SELECT plr_default_alias(?) AS alias", this.ada).get(0).get("alias"));
		assertThat((String) student.get("handle")).matches("[A-Za-z0-9_-]{22}");
	}

}
