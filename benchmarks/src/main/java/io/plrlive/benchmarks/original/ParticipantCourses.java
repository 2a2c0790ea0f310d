package io.plrlive.benchmarks.original;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.plrlive.benchmarks.pipeline.SeededClass;

/**
 * Which course instance each row of the original's live results belongs to. The
 * original's rows carry no course instance (its browsers showed every course's rows), so
 * the benchmark looks a row's {@code identifier}, the participant's id, up here: as a
 * browser that knows its classmates would.
 */
final class ParticipantCourses {

	static final int NONE = -1;

	private final int[] courseIndexById;

	private ParticipantCourses(int[] courseIndexById) {
		this.courseIndexById = courseIndexById;
	}

	/**
	 * Reads the participants of the open sessions.
	 * @param dataSource the seeded database
	 * @param classes the course instances, in index order
	 * @return the lookup
	 */
	static ParticipantCourses load(DataSource dataSource, List<SeededClass> classes) {
		Map<Long, Integer> indexByCourseInstance = new HashMap<>();
		for (int i = 0; i < classes.size(); i++) {
			indexByCourseInstance.put(classes.get(i).courseInstanceId(), i);
		}
		Map<Long, Integer> byId = new HashMap<>();
		long maxId = 0;
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT p.id, p.course_instance_id FROM plr_participants p "
						+ "JOIN plr_live_sessions s ON s.id = p.session_id WHERE s.closed_at IS NULL")) {
			while (rows.next()) {
				Integer index = indexByCourseInstance.get(rows.getLong(2));
				if (index != null) {
					byId.put(rows.getLong(1), index);
					maxId = Math.max(maxId, rows.getLong(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the participants: " + ex.getMessage(), ex);
		}
		int[] courseIndexById = new int[Math.toIntExact(maxId + 1)];
		Arrays.fill(courseIndexById, NONE);
		byId.forEach((id, index) -> courseIndexById[id.intValue()] = index);
		return new ParticipantCourses(courseIndexById);
	}

	/**
	 * The course instance a row belongs to.
	 * @param participantId the row's {@code identifier}
	 * @return the course instance's index, or -1 for a participant of none of them
	 */
	int courseIndexOf(long participantId) {
		return (participantId >= 0 && participantId < this.courseIndexById.length)
				? this.courseIndexById[(int) participantId] : NONE;
	}

	int participants() {
		return (int) Arrays.stream(this.courseIndexById).filter((index) -> index != NONE).count();
	}

}
