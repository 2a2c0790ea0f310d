package io.plrlive.ranking.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * Hand-written delivery streams for tests: student {@code n} is user {@code 1000+n} with
 * handle {@code hn}; a session's course is its course instance id / 10; session opened at
 * hour {@code h} opens at {@code 10:00 + h hours} and closes 30 minutes later;
 * participant of student {@code n} in session {@code s} has id {@code 100s+n}.
 */
final class RowFixture {

	static final Instant BASE = Instant.parse("2026-09-01T10:00:00Z");

	private final List<RowChange> events = new ArrayList<>();

	private final Map<Long, RowChange> latest = new HashMap<>();

	List<RowChange> events() {
		return List.copyOf(this.events);
	}

	ReferenceOutcome compute() {
		return ReferenceRanking.compute(this.events);
	}

	RowFixture students(int... students) {
		for (int student : students) {
			add(1000L + student, new StudentChanged(1000L + student, "h" + student, "Student " + student, 1, false));
		}
		return this;
	}

	RowFixture rename(int student, String displayName) {
		long userId = 1000L + student;
		return add(userId, new StudentChanged(userId, "h" + student, displayName, nextVersion(userId), false));
	}

	RowFixture open(long sessionId, long courseInstanceId, int hour) {
		Instant openedAt = BASE.plus(Duration.ofHours(hour));
		return add(sessionId, new LiveSessionChanged(sessionId, courseInstanceId / 10, courseInstanceId,
				900 + sessionId, "Quiz " + sessionId, openedAt, null, 1, false));
	}

	RowFixture close(long sessionId) {
		LiveSessionChanged open = (LiveSessionChanged) this.latest.get(sessionId);
		return add(sessionId, new LiveSessionChanged(sessionId, open.courseId(), open.courseInstanceId(),
				open.assessmentId(), open.assessmentTitle(), open.openedAt(), closedAt(open), 2, false));
	}

	static Instant closedAt(LiveSessionChanged session) {
		return session.openedAt().plus(Duration.ofMinutes(30));
	}

	RowFixture score(long sessionId, int student, long points, int durationSeconds) {
		return score(sessionId, student, points, durationSeconds, 0);
	}

	RowFixture score(long sessionId, int student, long points, int durationSeconds, int joinSeconds) {
		LiveSessionChanged session = (LiveSessionChanged) this.latest.get(sessionId);
		long participantId = sessionId * 100 + student;
		Instant joinedAt = session.openedAt().plusSeconds(joinSeconds);
		return add(participantId,
				new ParticipantChanged(participantId, sessionId, session.courseId(), session.courseInstanceId(),
						1000L + student, points, joinedAt, joinedAt.plusSeconds(durationSeconds),
						nextVersion(participantId), false));
	}

	/**
	 * A whole session: opened, the given points at the given durations, closed.
	 * @param pointsAndSeconds pairs of points and duration in seconds, student 1 first; a
	 * negative points value skips the student
	 */
	RowFixture session(long sessionId, long courseInstanceId, int hour, long... pointsAndSeconds) {
		open(sessionId, courseInstanceId, hour);
		for (int index = 0; index < pointsAndSeconds.length; index += 2) {
			if (pointsAndSeconds[index] >= 0) {
				score(sessionId, index / 2 + 1, pointsAndSeconds[index], (int) pointsAndSeconds[index + 1]);
			}
		}
		return close(sessionId);
	}

	RowFixture add(RowChange change) {
		this.events.add(change);
		return this;
	}

	private RowFixture add(long key, RowChange change) {
		this.latest.put(key, change);
		return add(change);
	}

	private long nextVersion(long key) {
		RowChange previous = this.latest.get(key);
		return (previous != null) ? previous.version() + 1 : 1;
	}

}
