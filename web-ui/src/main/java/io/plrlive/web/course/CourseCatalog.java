package io.plrlive.web.course;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the course instances from PrairieLearn's host tables, which PLR never writes.
 */
@Component
public class CourseCatalog {

	private final JdbcClient jdbc;

	CourseCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every course instance, by course and newest first.
	 * @return the course instances
	 */
	public List<CourseInstanceSummary> courseInstances() {
		return this.jdbc.sql("""
				SELECT ci.id, c.short_name AS course_short_name, ci.short_name, ci.long_name
				FROM course_instances ci
				JOIN courses c ON c.id = ci.course_id
				ORDER BY c.short_name, ci.id DESC
				""").query(CourseInstanceSummary.class).list();
	}

	/**
	 * One course instance.
	 * @param courseInstanceId its id
	 * @return the course instance, or empty if there is none
	 */
	public Optional<CourseInstanceSummary> find(long courseInstanceId) {
		return this.jdbc.sql("""
				SELECT ci.id, c.short_name AS course_short_name, ci.short_name, ci.long_name
				FROM course_instances ci
				JOIN courses c ON c.id = ci.course_id
				WHERE ci.id = :id
				""").param("id", courseInstanceId).query(CourseInstanceSummary.class).optional();
	}

}
