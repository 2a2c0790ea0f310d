package io.plrlive.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LiveSessionRulesIT {

	private static HostDatabase host;

	private long courseId;

	private long courseInstanceId;

	private long quiz;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@BeforeEach
	void courseInstanceWithLiveQuiz() {
		this.courseId = host.course("CS 101");
		this.courseInstanceId = host.courseInstance(this.courseId, "Fa26");
		this.quiz = host.liveAssessment(this.courseInstanceId, "Quiz 1");
	}

	@Test
	void openingCreatesAnOpenSessionWithCourseAndTitleFromTheHost() {
		long sessionId = host.openSession(this.courseInstanceId, this.quiz);

		assertThat(host.session(sessionId)).containsEntry("course_id", this.courseId)
			.containsEntry("course_instance_id", this.courseInstanceId)
			.containsEntry("assessment_id", this.quiz)
			.containsEntry("assessment_title", "Quiz 1")
			.containsEntry("closed_at", null)
			.containsEntry("version", 1L);
	}

	@Test
	void everyOpeningIsANewSessionAndClosedSessionsStayAsHistory() {
		long first = host.openSession(this.courseInstanceId, this.quiz);
		host.closeSession(first);
		long second = host.openSession(this.courseInstanceId, this.quiz);

		assertThat(second).isNotEqualTo(first);
		assertThat(host.session(first).get("closed_at")).isNotNull();
		assertThat(host.session(second).get("closed_at")).isNull();
	}

	@Test
	void aSecondOpenSessionInTheCourseInstanceIsRefused() {
		long other = host.liveAssessment(this.courseInstanceId, "Quiz 2");
		long open = host.openSession(this.courseInstanceId, this.quiz);

		assertThatThrownBy(() -> host.openSession(this.courseInstanceId, other)).hasMessageContaining(
				"Course instance " + this.courseInstanceId + " already has an open live session (" + open + ")");
		assertThat(host.queryLong("SELECT count(*) FROM plr_live_sessions WHERE course_instance_id = ?",
				this.courseInstanceId))
			.isOne();
	}

	@Test
	void anotherCourseInstanceMayHaveItsOwnOpenSession() {
		long otherInstance = host.courseInstance(this.courseId, "Sp27");
		long otherQuiz = host.liveAssessment(otherInstance, "Quiz 1");
		host.openSession(this.courseInstanceId, this.quiz);

		long otherSession = host.openSession(otherInstance, otherQuiz);

		assertThat(host.session(otherSession).get("closed_at")).isNull();
	}

	@Test
	void theDatabaseRefusesConcurrentOpeningsNotOnlyThePage() throws Exception {
		long other = host.liveAssessment(this.courseInstanceId, "Quiz 2");
		try (Connection first = host.dataSource().getConnection();
				Connection second = host.dataSource().getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			open(first, this.courseInstanceId, this.quiz);
			// The second opening cannot see the first (uncommitted) one, so only the
			// unique index can stop it: it
			// waits for the first transaction and fails once that commits.
			CompletableFuture<Void> secondOpening = CompletableFuture.runAsync(() -> {
				try {
					open(second, this.courseInstanceId, other);
					second.commit();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex.getMessage(), ex);
				}
			});
			await().atMost(Duration.ofSeconds(10)).until(() -> waitingForLock(host));
			first.commit();

			assertThatThrownBy(() -> secondOpening.get(10, TimeUnit.SECONDS))
				.hasMessageContaining("plr_live_sessions_one_open_per_course_instance");
		}
		assertThat(host.queryLong(
				"SELECT count(*) FROM plr_live_sessions WHERE course_instance_id = ? AND closed_at IS NULL",
				this.courseInstanceId))
			.isOne();
	}

	@Test
	void onlyALiveAssessmentOfTheSameCourseInstanceCanBeOpened() {
		long homework = host.assessment(this.courseInstanceId, "HW", "Homework 1");
		long elsewhere = host.liveAssessment(host.courseInstance(this.courseId, "Su27"), "Quiz 9");

		assertThatThrownBy(() -> host.openSession(this.courseInstanceId, homework))
			.hasMessageContaining("is not a live assessment (its set is HW, expected LV)");
		assertThatThrownBy(() -> host.openSession(this.courseInstanceId, elsewhere))
			.hasMessageContaining("belongs to course instance");
		assertThatThrownBy(() -> host.openSession(this.courseInstanceId, 987654321L))
			.hasMessageContaining("Assessment 987654321 does not exist");
	}

	@Test
	void aClosedSessionNeverReopensNorChanges() {
		long sessionId = host.openSession(this.courseInstanceId, this.quiz);
		host.closeSession(sessionId);
		Object closedAt = host.session(sessionId).get("closed_at");

		assertThatThrownBy(() -> host.update("UPDATE plr_live_sessions SET closed_at = NULL WHERE id = ?", sessionId))
			.hasMessageContaining("a closed session never changes");
		assertThatThrownBy(() -> host.closeSession(sessionId)).hasMessageContaining("is already closed");
		assertThatThrownBy(() -> host.update("DELETE FROM plr_live_sessions WHERE id = ?", sessionId))
			.hasMessageContaining("cannot be deleted");
		assertThat(host.session(sessionId).get("closed_at")).isEqualTo(closedAt);
	}

	@Test
	void anOpenSessionTakesNoChangeButClosing() {
		long sessionId = host.openSession(this.courseInstanceId, this.quiz);

		assertThatThrownBy(
				() -> host.update("UPDATE plr_live_sessions SET assessment_title = 'x' WHERE id = ?", sessionId))
			.hasMessageContaining("only closed_at and closed_by may change");
		assertThatThrownBy(() -> host.update("UPDATE plr_live_sessions SET closed_at = ? WHERE id = ?",
				OffsetDateTime.now().minusYears(1), sessionId))
			.hasMessageContaining("plr_live_sessions_closed_after_opened");
	}

	@Test
	void closingAnUnknownSessionSaysSo() {
		assertThatThrownBy(() -> host.closeSession(123456789L))
			.hasMessageContaining("Live session 123456789 does not exist");
	}

	private static void open(Connection connection, long courseInstanceId, long assessmentId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT plr_open_session(?, ?)")) {
			statement.setLong(1, courseInstanceId);
			statement.setLong(2, assessmentId);
			statement.executeQuery().close();
		}
	}

	private static boolean waitingForLock(HostDatabase host) {
		return host.queryLong("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
				+ "AND query LIKE 'SELECT plr_open_session%'") > 0;
	}

}
