package io.plrlive.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * Writes host rows the way PrairieLearn does and reads PLR rows back, for the schema
 * tests.
 */
final class HostFixture {

	private static final AtomicInteger uids = new AtomicInteger();

	private final DataSource dataSource;

	HostFixture(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	long course(String shortName) {
		return insert("INSERT INTO courses (short_name) VALUES (?) RETURNING id", shortName);
	}

	long courseInstance(long courseId, String shortName) {
		return insert("INSERT INTO course_instances (course_id, short_name) VALUES (?, ?) RETURNING id", courseId,
				shortName);
	}

	long assessmentSet(long courseId, String abbreviation) {
		return insert(
				"INSERT INTO assessment_sets (course_id, abbreviation, name) VALUES (?, ?, ?) "
						+ "ON CONFLICT (course_id, abbreviation) DO UPDATE SET name = EXCLUDED.name RETURNING id",
				courseId, abbreviation, abbreviation + " set");
	}

	long liveAssessment(long courseInstanceId, String title) {
		return assessment(courseInstanceId, "LV", title);
	}

	long assessment(long courseInstanceId, String setAbbreviation, String title) {
		long courseId = queryLong("SELECT course_id FROM course_instances WHERE id = ?", courseInstanceId);
		long setId = assessmentSet(courseId, setAbbreviation);
		return insert("INSERT INTO assessments (course_instance_id, assessment_set_id, title) VALUES (?, ?, ?) "
				+ "RETURNING id", courseInstanceId, setId, title);
	}

	long user(String name) {
		return insert("INSERT INTO users (uid, name, email) VALUES (?, ?, ?) RETURNING user_id",
				"user" + uids.incrementAndGet() + "@example.com", name, name.replace(' ', '.') + "@example.com");
	}

	long enroll(long userId, long courseInstanceId) {
		return insert("INSERT INTO enrollments (user_id, course_instance_id) VALUES (?, ?) RETURNING id", userId,
				courseInstanceId);
	}

	long student(long courseInstanceId, String name) {
		long userId = user(name);
		enroll(userId, courseInstanceId);
		return userId;
	}

	/** An assessment instance as PrairieLearn creates it when a student starts. */
	long startAssessment(long assessmentId, long userId, double points) {
		return insert(
				"INSERT INTO assessment_instances (assessment_id, user_id, points) VALUES (?, ?, ?) " + "RETURNING id",
				assessmentId, userId, points);
	}

	/** A graded submission: PrairieLearn sets the points and stamps the instance. */
	void grade(long assessmentInstanceId, double points) {
		update("UPDATE assessment_instances SET points = ?, modified_at = now() WHERE id = ?", points,
				assessmentInstanceId);
	}

	/** A saved (ungraded) submission: the instance changes, its points do not. */
	void saveDraft(long assessmentInstanceId) {
		update("UPDATE assessment_instances SET modified_at = now(), duration = duration + interval '5 seconds' "
				+ "WHERE id = ?", assessmentInstanceId);
	}

	long openSession(long courseInstanceId, long assessmentId) {
		return queryLong("SELECT id FROM plr_open_session(?, ?)", courseInstanceId, assessmentId);
	}

	void closeSession(long sessionId) {
		queryLong("SELECT id FROM plr_close_session(?)", sessionId);
	}

	Optional<Map<String, Object>> participant(long sessionId, long userId) {
		List<Map<String, Object>> rows = rows("SELECT * FROM plr_participants WHERE session_id = ? AND user_id = ?",
				sessionId, userId);
		return rows.stream().findFirst();
	}

	Map<String, Object> session(long sessionId) {
		return rows("SELECT * FROM plr_live_sessions WHERE id = ?", sessionId).get(0);
	}

	List<Map<String, Object>> faults() {
		return rows("SELECT * FROM plr_trigger_faults ORDER BY id");
	}

	long queryLong(String sql, Object... parameters) {
		List<Map<String, Object>> rows = rows(sql, parameters);
		return ((Number) rows.get(0).values().iterator().next()).longValue();
	}

	List<Map<String, Object>> rows(String sql, Object... parameters) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet result = statement.executeQuery()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			while (result.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
					Object value = result.getObject(column);
					row.put(result.getMetaData().getColumnName(column),
							(value instanceof Timestamp timestamp) ? timestamp.toInstant() : value);
				}
				rows.add(row);
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	int update(String sql, Object... parameters) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private long insert(String sql, Object... parameters) {
		return queryLong(sql, parameters);
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
