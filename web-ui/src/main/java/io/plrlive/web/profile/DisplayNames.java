package io.plrlive.web.profile;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a student's own display name, after the rules and the uniqueness check among
 * the students of the course instance (case-insensitive). The row's trigger bumps its
 * version, and change-capture carries the new name to every board.
 */
@Component
class DisplayNames {

	private final JdbcClient jdbc;

	private final DisplayNameRules rules = new DisplayNameRules(ProhibitedWords.shipped());

	DisplayNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Renames a student.
	 * @param userId the student, from the session, never from the form
	 * @param courseInstanceId where the name must be unique
	 * @param requested the name as typed
	 * @return why the name was refused, or empty once it is changed
	 */
	@Transactional
	Optional<String> rename(long userId, long courseInstanceId, String requested) {
		String name = (requested != null) ? requested.strip() : "";
		Optional<String> refusal = this.rules.refusal(name);
		if (refusal.isPresent()) {
			return refusal;
		}
		// One rename at a time per course instance, so that two students cannot take the
		// same name at once.
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:instance)")
			.param("instance", courseInstanceId)
			.query()
			.listOfRows();
		boolean taken = this.jdbc.sql("""
				SELECT EXISTS (
				  SELECT 1 FROM plr_students s
				  JOIN enrollments e ON e.user_id = s.user_id AND e.course_instance_id = :instance
				  WHERE s.user_id <> :user AND lower(s.display_name) = lower(:name))
				""")
			.param("instance", courseInstanceId)
			.param("user", userId)
			.param("name", name)
			.query(Boolean.class)
			.single();
		if (taken) {
			return Optional.of("Someone in this course already uses that name. Please pick another.");
		}
		this.jdbc.sql("SELECT plr_ensure_student(:user)").param("user", userId).query().listOfRows();
		this.jdbc.sql("UPDATE plr_students SET display_name = :name WHERE user_id = :user AND display_name <> :name")
			.param("name", name)
			.param("user", userId)
			.update();
		return Optional.empty();
	}

}
