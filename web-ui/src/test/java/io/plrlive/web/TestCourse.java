package io.plrlive.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;

import io.plrlive.schema.PlrSchema;
import io.plrlive.testing.TestDatabase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A course with two instances, live and other assessments, a staff member, a student of
 * each instance and an outsider, in the host tables of a test database.
 */
public final class TestCourse {

	/** Owner of the course. */
	public static final long STAFF = 100;

	/** A course Viewer: sees the staff page, may not start or stop sessions. */
	public static final long VIEWER = 101;

	/** Enrolled in course instance 10. */
	public static final long STUDENT = 200;

	/** Also enrolled in course instance 10. */
	public static final long CLASSMATE = 202;

	/** Enrolled in course instance 11 only. */
	public static final long OTHER_STUDENT = 201;

	/** Neither staff nor student anywhere. */
	public static final long OUTSIDER = 300;

	private TestCourse() {
	}

	/**
	 * Migrates the database, inserts the course and points the app at the database.
	 * @param database the test database
	 * @param registry the app's properties
	 * @throws SQLException if the database refuses
	 */
	public static void seed(TestDatabase database, DynamicPropertyRegistry registry) throws SQLException {
		PlrSchema.migrateStandalone(database.dataSource());
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : List.of("INSERT INTO courses (id, short_name, title) VALUES (1, 'TAM 212', 'Dynamics')",
					"INSERT INTO course_instances (id, course_id, short_name, long_name) VALUES "
							+ "(10, 1, 'Fa26', 'Fall 2026'), (11, 1, 'Sp26', 'Spring 2026')",
					"INSERT INTO assessment_sets (id, course_id, abbreviation, name) VALUES "
							+ "(1, 1, 'LV', 'Live'), (2, 1, 'HW', 'Homework')",
					"INSERT INTO assessments (id, course_instance_id, assessment_set_id, tid, title, number) VALUES "
							+ "(1, 10, 1, 'live1', 'Live quiz 1', '1'), (2, 10, 1, 'live2', 'Live quiz 2', '2'), "
							+ "(3, 10, 2, 'hw1', 'Homework 1', '1')",
					"INSERT INTO users (user_id, uid, name) VALUES (100, 'staff@example.com', 'Ada Staff'), "
							+ "(101, 'viewer@example.com', 'Vic Viewer'), "
							+ "(200, 'student@example.com', 'Sam Student'), (201, 'other@example.com', 'Olly Other'), "
							+ "(202, 'classmate@example.com', 'Cleo Classmate'), (300, 'outsider@example.com', 'Otto Outsider')",
					"INSERT INTO course_permissions (id, user_id, course_id, course_role) VALUES (1, 100, 1, 'Owner'), "
							+ "(2, 101, 1, 'Viewer')",
					"INSERT INTO enrollments (user_id, course_instance_id) VALUES (200, 10), (202, 10), (201, 11)")) {
				statement.execute(sql);
			}
		}
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

	/**
	 * Signs in through the development login.
	 * @param mvc the app
	 * @param userId who signs in
	 * @return the signed-in session
	 * @throws Exception if the request fails
	 */
	public static MockHttpSession signIn(MockMvc mvc, long userId) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("userId", Long.toString(userId)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
