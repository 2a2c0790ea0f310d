package io.plrlive.web.welcome;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the course instances from PrairieLearn's host tables, which PLR never writes.
 */
@Component
class CourseCatalog {

	private final JdbcClient jdbc;

	CourseCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CourseInstanceSummary> courseInstances() {
		return this.jdbc.sql("""
				SELECT ci.id, c.short_name AS course_short_name, ci.short_name, ci.long_name
				FROM course_instances ci
				JOIN courses c ON c.id = ci.course_id
				ORDER BY c.short_name, ci.id DESC
				""").query(CourseInstanceSummary.class).list();
	}

}
