package io.plrlive.web.course;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a student's public face: display name and handle.
 */
@Component
class StudentProfiles {

	private final JdbcClient jdbc;

	StudentProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	StudentProfile of(long userId) {
		return this.jdbc.sql("SELECT display_name, handle FROM plr_students WHERE user_id = :user")
			.param("user", userId)
			.query(StudentProfile.class)
			.single();
	}

}
