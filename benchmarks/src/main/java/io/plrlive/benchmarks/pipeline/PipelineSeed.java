package io.plrlive.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.testing.HostDatabase;

/**
 * Writes the host data of the classes: per course instance a course, an LV assessment,
 * its enrolled students, an open live session and one assessment instance per student at
 * 0 points, so that every student is on the live board before the load starts.
 */
public final class PipelineSeed {

	private static final Logger log = LoggerFactory.getLogger(PipelineSeed.class);

	private PipelineSeed() {
	}

	public static List<SeededClass> seed(DataSource dataSource, int courseInstances, int students) {
		HostDatabase host = new HostDatabase(dataSource);
		List<SeededClass> classes = new ArrayList<>();
		for (int c = 1; c <= courseInstances; c++) {
			long courseId = host.course("PIPE " + c);
			long courseInstanceId = host.courseInstance(courseId, "Pipeline term " + c);
			long assessmentId = host.liveAssessment(courseInstanceId, "Pipeline quiz " + c);
			String prefix = "pipe" + c + "-";
			host.update("INSERT INTO users (uid, name, email) SELECT ?::text || g || '@example.com', "
					+ "'Pipeline Student ' || ?::text || g, ?::text || g || '@example.org' FROM generate_series(1, ?) g",
					prefix, prefix, prefix, students);
			host.update(
					"INSERT INTO enrollments (user_id, course_instance_id) "
							+ "SELECT user_id, ? FROM users WHERE uid LIKE ? ORDER BY user_id",
					courseInstanceId, prefix + "%");
			host.openSession(courseInstanceId, assessmentId);
			host.update(
					"INSERT INTO assessment_instances (assessment_id, user_id, points) "
							+ "SELECT ?, user_id, 0 FROM users WHERE uid LIKE ? ORDER BY user_id",
					assessmentId, prefix + "%");
			long[] instances = host
				.rows("SELECT id FROM assessment_instances WHERE assessment_id = ? ORDER BY id", assessmentId)
				.stream()
				.mapToLong((row) -> ((Number) row.get("id")).longValue())
				.toArray();
			classes.add(new SeededClass(courseInstanceId, instances));
		}
		if (!host.faults().isEmpty()) {
			throw new IllegalStateException("Seeding caused trigger faults: " + host.faults());
		}
		log.info("Seeded {} course instances with {} students each, each in an open live session", courseInstances,
				students);
		return classes;
	}

}
