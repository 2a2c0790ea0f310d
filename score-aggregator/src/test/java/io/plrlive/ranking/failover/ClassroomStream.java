package io.plrlive.ranking.failover;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.plrlive.contracts.capture.RowChange;
import io.plrlive.ranking.topology.SessionRows;

import static io.plrlive.ranking.topology.SessionRows.renamed;
import static io.plrlive.ranking.topology.SessionRows.student;

/**
 * The rows of several courses running quizzes in rounds: every course instance opens one
 * session per round, its students score in random steps (ties likely), and the round's
 * sessions close. Deterministic for a seed; remembers every row it handed out, in order,
 * for the from-scratch computation.
 */
final class ClassroomStream {

	private static final long FIRST_COURSE = 91;

	private final int courses;

	private final int instancesPerCourse;

	private final int students;

	private final Random random;

	private final List<RowChange> produced = new ArrayList<>();

	private final List<SessionRows> open = new ArrayList<>();

	ClassroomStream(int courses, int instancesPerCourse, int students, long seed) {
		this.courses = courses;
		this.instancesPerCourse = instancesPerCourse;
		this.students = students;
		this.random = new Random(seed);
	}

	/** Every student, a third of them renamed once. */
	List<RowChange> students() {
		List<RowChange> rows = new ArrayList<>();
		for (long userId = 1; userId <= this.students; userId++) {
			rows.add(student(userId));
			if (userId % 3 == 0) {
				rows.add(renamed(userId, "Renamed " + userId, 2));
			}
		}
		return record(rows);
	}

	/** Opens round {@code round} (from 1) in every course instance. */
	List<RowChange> open(int round) {
		this.open.clear();
		List<RowChange> rows = new ArrayList<>();
		for (int course = 0; course < this.courses; course++) {
			long courseId = FIRST_COURSE + course;
			for (int instance = 1; instance <= this.instancesPerCourse; instance++) {
				long courseInstanceId = courseId * 100 + instance;
				SessionRows session = SessionRows.session(courseInstanceId * 10 + round, courseId, courseInstanceId);
				this.open.add(session);
				rows.add(session.open());
			}
		}
		return record(rows);
	}

	/**
	 * The score changes of the open sessions, interleaved across sessions as a classroom
	 * produces them: most students take part, each with one to four changes of
	 * non-decreasing duration.
	 */
	List<RowChange> scores() {
		List<List<RowChange>> perStudent = new ArrayList<>();
		for (SessionRows session : this.open) {
			for (long userId = 1; userId <= this.students; userId++) {
				if (this.random.nextInt(10) < 8) {
					perStudent.add(changesOf(session, userId));
				}
			}
		}
		List<RowChange> rows = new ArrayList<>();
		while (!perStudent.isEmpty()) {
			List<RowChange> next = perStudent.get(this.random.nextInt(perStudent.size()));
			rows.add(next.remove(0));
			if (next.isEmpty()) {
				perStudent.remove(next);
			}
		}
		return record(rows);
	}

	private List<RowChange> changesOf(SessionRows session, long userId) {
		List<RowChange> changes = new ArrayList<>();
		long seconds = 0;
		int steps = 1 + this.random.nextInt(4);
		for (int step = 0; step < steps; step++) {
			seconds += 30 * (1 + this.random.nextInt(3));
			changes.add(session.score(userId, 1000L * this.random.nextInt(6), seconds));
		}
		return changes;
	}

	/** Closes the open sessions. */
	List<RowChange> close() {
		return record(this.open.stream().map(SessionRows::close).map(RowChange.class::cast).toList());
	}

	/**
	 * Every row handed out so far, in the order it was handed out.
	 * @return the rows
	 */
	List<RowChange> produced() {
		return List.copyOf(this.produced);
	}

	/**
	 * Whether a board belongs to the courses of this stream.
	 * @param boardId a board id text such as {@code live:9101}
	 * @return whether it is one of this stream's boards
	 */
	boolean owns(String boardId) {
		long scope = Long.parseLong(boardId.substring(boardId.indexOf(':') + 1));
		long courseId = boardId.startsWith("all-time:") ? scope : scope / 100;
		return courseId >= FIRST_COURSE && courseId < FIRST_COURSE + this.courses;
	}

	private List<RowChange> record(List<RowChange> rows) {
		this.produced.addAll(rows);
		return rows;
	}

}
