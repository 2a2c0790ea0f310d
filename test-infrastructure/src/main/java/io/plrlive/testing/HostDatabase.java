package io.plrlive.testing;

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
public final class HostDatabase {

	private static final AtomicInteger uids = new AtomicInteger();

	private final DataSource dataSource;

	public HostDatabase(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Moves every sequence of the database to its own range, so that ids of rows in this
	 * database differ from those of other test databases whose changes share the same
	 * topics.
	 * @param base first id of the range, e.g. 1,000,000 × the database's number
	 */
	public void separateIds(long base) {
		update("DO $$ DECLARE s record; BEGIN FOR s IN SELECT c.oid::regclass AS seq FROM pg_class c "
				+ "WHERE c.relkind = 'S' LOOP PERFORM setval(s.seq, " + base + ", false); END LOOP; END $$");
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public long course(String shortName) {
		return insert("INSERT INTO courses (short_name) VALUES (?) RETURNING id", shortName);
	}

	public long courseInstance(long courseId, String shortName) {
		return insert("INSERT INTO course_instances (course_id, short_name) VALUES (?, ?) RETURNING id", courseId,
				shortName);
	}

	public long assessmentSet(long courseId, String abbreviation) {
		return insert(
				"INSERT INTO assessment_sets (course_id, abbreviation, name) VALUES (?, ?, ?) "
						+ "ON CONFLICT (course_id, abbreviation) DO UPDATE SET name = EXCLUDED.name RETURNING id",
				courseId, abbreviation, abbreviation + " set");
	}

	public long liveAssessment(long courseInstanceId, String title) {
		return assessment(courseInstanceId, "LV", title);
	}

	public long assessment(long courseInstanceId, String setAbbreviation, String title) {
		long courseId = queryLong("SELECT course_id FROM course_instances WHERE id = ?", courseInstanceId);
		long setId = assessmentSet(courseId, setAbbreviation);
		return insert("INSERT INTO assessments (course_instance_id, assessment_set_id, title) VALUES (?, ?, ?) "
				+ "RETURNING id", courseInstanceId, setId, title);
	}

	public long user(String name) {
		return insert("INSERT INTO users (uid, name, email) VALUES (?, ?, ?) RETURNING user_id",
				"user" + uids.incrementAndGet() + "@example.com", name, name.replace(' ', '.') + "@example.com");
	}

	public long enroll(long userId, long courseInstanceId) {
		return insert("INSERT INTO enrollments (user_id, course_instance_id) VALUES (?, ?) RETURNING id", userId,
				courseInstanceId);
	}

	public long student(long courseInstanceId, String name) {
		long userId = user(name);
		enroll(userId, courseInstanceId);
		return userId;
	}

	/** An assessment instance as PrairieLearn creates it when a student starts. */
	public long startAssessment(long assessmentId, long userId, double points) {
		return insert(
				"INSERT INTO assessment_instances (assessment_id, user_id, points) VALUES (?, ?, ?) " + "RETURNING id",
				assessmentId, userId, points);
	}

	/** A graded submission: PrairieLearn sets the points and stamps the instance. */
	public void grade(long assessmentInstanceId, double points) {
		update("UPDATE assessment_instances SET points = ?, modified_at = now() WHERE id = ?", points,
				assessmentInstanceId);
	}

	/** A saved (ungraded) submission: the instance changes, its points do not. */
	public void saveDraft(long assessmentInstanceId) {
		update("UPDATE assessment_instances SET modified_at = now(), duration = duration + interval '5 seconds' "
				+ "WHERE id = ?", assessmentInstanceId);
	}

	public long openSession(long courseInstanceId, long assessmentId) {
		return queryLong("SELECT id FROM plr_open_session(?, ?)", courseInstanceId, assessmentId);
	}

	public void closeSession(long sessionId) {
		queryLong("SELECT id FROM plr_close_session(?)", sessionId);
	}

	public Optional<Map<String, Object>> participant(long sessionId, long userId) {
		List<Map<String, Object>> rows = rows("SELECT * FROM plr_participants WHERE session_id = ? AND user_id = ?",
				sessionId, userId);
		return rows.stream().findFirst();
	}

	public Map<String, Object> session(long sessionId) {
		return rows("SELECT * FROM plr_live_sessions WHERE id = ?", sessionId).get(0);
	}

	public List<Map<String, Object>> faults() {
		return rows("SELECT * FROM plr_trigger_faults ORDER BY id");
	}

	public long queryLong(String sql, Object... parameters) {
		List<Map<String, Object>> rows = rows(sql, parameters);
		return ((Number) rows.get(0).values().iterator().next()).longValue();
	}

	public List<Map<String, Object>> rows(String sql, Object... parameters) {
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

	public int update(String sql, Object... parameters) {
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
