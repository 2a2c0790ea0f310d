package io.plrlive.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo shortcut: a small PrairieLearn population for the local run, written only into the
 * host tables, as PrairieLearn itself would write it. Two courses, each with a past and a
 * current course instance and five live (LV) assessments per instance; 40 students
 * enrolled in every instance; two staff members who own both courses and may edit student
 * data in every instance. Seeded once: a database that has the first student is left as
 * it is.
 */
final class DemoData {

	static final String FIRST_STUDENT = "student01@example.com";

	private static final int LIVE_ASSESSMENTS = 5;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private DemoData() {
	}

	/**
	 * Seeds the default population, 2 courses and 40 students, unless seeded before.
	 * @param dataSource the migrated database
	 */
	static void seedOnce(DataSource dataSource) {
		seedOnce(dataSource, DemoOptions.DEFAULT.courses(), DemoOptions.DEFAULT.students());
	}

	/**
	 * Seeds a population of a given size unless seeded before (whatever its size).
	 * @param dataSource the migrated database
	 * @param courses courses, each with a past and a current instance
	 * @param studentCount students, enrolled in every course instance
	 */
	static void seedOnce(DataSource dataSource, int courses, int studentCount) {
		try (Connection connection = dataSource.getConnection()) {
			if (seeded(connection)) {
				log.info("Demo data already present");
				return;
			}
			connection.setAutoCommit(false);
			seed(connection, courses, studentCount);
			connection.commit();
			log.info("Demo data seeded: {} courses, {} course instances, {} students, 2 staff", courses, courses * 2,
					studentCount);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not seed the demo data", ex);
		}
	}

	private static boolean seeded(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM users WHERE uid = ?")) {
			statement.setString(1, FIRST_STUDENT);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	private static void seed(Connection connection, int courses, int studentCount) throws SQLException {
		List<Long> staff = List.of(
				insert(connection, "INSERT INTO users (uid, name, email) VALUES (?, ?, ?)", "instructor@example.com",
						"Ada Instructor", "instructor@example.com"),
				insert(connection, "INSERT INTO users (uid, name, email) VALUES (?, ?, ?)", "ta@example.com",
						"Alan Assistant", "ta@example.com"));
		List<Long> students = students(connection, studentCount);
		List<Long> instances = new ArrayList<>();
		for (int i = 0; i < courses; i++) {
			instances.addAll(switch (i) {
				case 0 -> course(connection, "CS 101", "Introduction to Computing", staff);
				case 1 -> course(connection, "STAT 200", "Statistical Reasoning", staff);
				default -> course(connection, "DEMO " + (100 + i), "Demo course " + (i + 1), staff);
			});
		}
		for (long courseInstance : instances) {
			for (long student : students) {
				insert(connection, "INSERT INTO enrollments (user_id, course_instance_id) VALUES (?, ?)", student,
						courseInstance);
			}
		}
	}

	private static List<Long> students(Connection connection, int count) throws SQLException {
		List<Long> students = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String uid = String.format("student%02d@example.com", i);
			students.add(insert(connection, "INSERT INTO users (uid, name, email) VALUES (?, ?, ?)", uid,
					String.format("Student %02d", i), uid));
		}
		return students;
	}

	// A course with its LV assessment set, a past and a current instance, five live
	// assessments in each, and the staff's permissions; returns the instances.
	private static List<Long> course(Connection connection, String shortName, String title, List<Long> staff)
			throws SQLException {
		long course = insert(connection, "INSERT INTO courses (short_name, title) VALUES (?, ?)", shortName, title);
		long liveSet = insert(connection,
				"INSERT INTO assessment_sets (course_id, abbreviation, name, heading, color) VALUES (?, ?, ?, ?, ?)",
				course, "LV", "Live", "Live sessions", "red1");
		List<Long> instances = List.of(
				insert(connection, "INSERT INTO course_instances (course_id, short_name, long_name) VALUES (?, ?, ?)",
						course, "Sp26", "Spring 2026"),
				insert(connection, "INSERT INTO course_instances (course_id, short_name, long_name) VALUES (?, ?, ?)",
						course, "Fa26", "Fall 2026"));
		for (long instance : instances) {
			for (int number = 1; number <= LIVE_ASSESSMENTS; number++) {
				insert(connection,
						"INSERT INTO assessments (course_instance_id, assessment_set_id, tid, title, number) "
								+ "VALUES (?, ?, ?, ?, ?)",
						instance, liveSet, "live" + number, "Live quiz " + number, String.valueOf(number));
			}
		}
		for (long user : staff) {
			long permission = insert(connection,
					"INSERT INTO course_permissions (user_id, course_id, course_role) VALUES (?, ?, 'Owner')", user,
					course);
			for (long instance : instances) {
				insert(connection,
						"INSERT INTO course_instance_permissions "
								+ "(course_permission_id, course_instance_id, course_instance_role) "
								+ "VALUES (?, ?, 'Student Data Editor')",
						permission, instance);
			}
		}
		return instances;
	}

	// Inserts one row and returns its first column, the generated primary key of every
	// host table.
	private static long insert(Connection connection, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

}
