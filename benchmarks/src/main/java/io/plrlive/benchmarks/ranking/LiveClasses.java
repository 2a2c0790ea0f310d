package io.plrlive.benchmarks.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * The rows of live sessions as change-capture would publish them: every course instance
 * has an open session in which all its students take part; a score change is a new
 * version of a random participant's row with 1 more point and a longer duration. A course
 * instance has at most one open session, so many sessions at once are as many course
 * instances, each this term's instance of a course of its own: course instance {@code c}
 * (from 1) belongs to course {@code c} and has session {@code c}; its student {@code s}
 * is user {@code c * 10,000 + s} with handle {@code u<user>}.
 */
final class LiveClasses {

	private static final Instant OPENED_AT = Instant.parse("2026-09-01T10:00:00Z");

	private final ClassShape shape;

	private final long[][] versions;

	private final long[][] points;

	LiveClasses(ClassShape shape) {
		this.shape = shape;
		this.versions = new long[shape.courseInstances()][shape.studentsPerClass()];
		this.points = new long[shape.courseInstances()][shape.studentsPerClass()];
	}

	/**
	 * The students, the open sessions and every participant joining with 0 points.
	 * @return the rows in the order they would be committed
	 */
	List<RowChange> seed() {
		List<RowChange> rows = new ArrayList<>();
		for (int instance = 1; instance <= this.shape.courseInstances(); instance++) {
			for (int student = 1; student <= this.shape.studentsPerClass(); student++) {
				long userId = userId(instance, student);
				rows.add(new StudentChanged(userId, handle(userId), "Student " + userId, 1, false));
			}
		}
		for (int instance = 1; instance <= this.shape.courseInstances(); instance++) {
			rows.add(new LiveSessionChanged(instance, courseOf(instance), instance, 1, "Live quiz " + instance,
					OPENED_AT, null, 1, false));
			for (int student = 1; student <= this.shape.studentsPerClass(); student++) {
				rows.add(next(instance, student));
			}
		}
		return rows;
	}

	/**
	 * A score change of a random participant.
	 * @return its new row
	 */
	ParticipantChanged nextChange() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return next(1 + random.nextInt(this.shape.courseInstances()),
				1 + random.nextInt(this.shape.studentsPerClass()));
	}

	private ParticipantChanged next(int instance, int student) {
		long version = ++this.versions[instance - 1][student - 1];
		long points = (version == 1) ? 0 : (this.points[instance - 1][student - 1] += 1000);
		long userId = userId(instance, student);
		return new ParticipantChanged(userId, instance, courseOf(instance), instance, userId, points, OPENED_AT,
				OPENED_AT.plusSeconds(version), version, false);
	}

	int participants() {
		return this.shape.courseInstances() * this.shape.studentsPerClass();
	}

	static String boardOf(ParticipantChanged change) {
		return BoardId.live(change.courseInstanceId()).toString();
	}

	static String handle(long userId) {
		return "u" + userId;
	}

	private static long courseOf(int instance) {
		return instance;
	}

	private static long userId(int instance, int student) {
		return instance * 10_000L + student;
	}

}
