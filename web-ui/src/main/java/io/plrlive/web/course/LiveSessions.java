package io.plrlive.web.course;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens and closes live sessions in PostgreSQL, where change-capture picks them up. The
 * database refuses a second open session of a course instance and an assessment that is
 * not live.
 */
@Component
class LiveSessions {

	private final JdbcClient jdbc;

	LiveSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LiveAssessment> liveAssessments(long courseInstanceId) {
		return this.jdbc.sql("""
				SELECT a.id, COALESCE(a.title, a.tid, 'Assessment ' || a.id) AS title,
				       EXISTS (SELECT 1 FROM plr_live_sessions s
				               WHERE s.assessment_id = a.id AND s.closed_at IS NULL) AS open
				FROM assessments a
				JOIN assessment_sets aset ON aset.id = a.assessment_set_id
				WHERE a.course_instance_id = :instance AND aset.abbreviation = 'LV' AND a.deleted_at IS NULL
				ORDER BY a.number, a.id
				""").param("instance", courseInstanceId).query(LiveAssessment.class).list();
	}

	Optional<OpenSession> openSession(long courseInstanceId) {
		return this.jdbc.sql("""
				SELECT id, assessment_title, opened_at FROM plr_live_sessions
				WHERE course_instance_id = :instance AND closed_at IS NULL
				""").param("instance", courseInstanceId).query(OpenSession.class).optional();
	}

	String open(long courseInstanceId, long assessmentId, long userId) {
		return this.jdbc.sql("SELECT assessment_title FROM plr_open_session(:instance, :assessment, :user)")
			.param("instance", courseInstanceId)
			.param("assessment", assessmentId)
			.param("user", userId)
			.query(String.class)
			.single();
	}

	boolean belongsTo(long sessionId, long courseInstanceId) {
		return this.jdbc.sql(
				"SELECT EXISTS (SELECT 1 FROM plr_live_sessions WHERE id = :session AND course_instance_id = :instance)")
			.param("session", sessionId)
			.param("instance", courseInstanceId)
			.query(Boolean.class)
			.single();
	}

	String close(long sessionId, long userId) {
		return this.jdbc.sql("SELECT assessment_title FROM plr_close_session(:session, :user)")
			.param("session", sessionId)
			.param("user", userId)
			.query(String.class)
			.single();
	}

}
