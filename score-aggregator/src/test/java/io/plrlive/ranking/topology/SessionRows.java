package io.plrlive.ranking.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * Rows of one live session as the database would write them: the session opening and
 * closing, and each participant's versions. Participant ids are
 * {@code sessionId * 1000 + userId}; every participant joins when the session opens.
 */
public final class SessionRows {

	static final long COURSE = 1;

	private final long sessionId;

	private final long courseId;

	private final long courseInstanceId;

	private final Instant openedAt;

	private final Map<Long, Long> versions = new HashMap<>();

	private SessionRows(long sessionId, long courseId, long courseInstanceId, Instant openedAt) {
		this.sessionId = sessionId;
		this.courseId = courseId;
		this.courseInstanceId = courseInstanceId;
		this.openedAt = openedAt;
	}

	/**
	 * Session {@code sessionId} of course instance {@code courseInstanceId} of course 1.
	 */
	public static SessionRows session(long sessionId, long courseInstanceId) {
		return new SessionRows(sessionId, COURSE, courseInstanceId,
				RankingHarness.START.plus(Duration.ofHours(sessionId)));
	}

	public static SessionRows session(long sessionId, long courseId, long courseInstanceId) {
		return new SessionRows(sessionId, courseId, courseInstanceId,
				RankingHarness.START.plus(Duration.ofHours(sessionId)));
	}

	public static StudentChanged student(long userId) {
		return new StudentChanged(userId, handle(userId), "Student " + userId, 1, false);
	}

	public static StudentChanged renamed(long userId, String displayName, long version) {
		return new StudentChanged(userId, handle(userId), displayName, version, false);
	}

	public static String handle(long userId) {
		return "h" + String.format("%02d", userId);
	}

	public long id() {
		return this.sessionId;
	}

	public LiveSessionChanged open() {
		return new LiveSessionChanged(this.sessionId, this.courseId, this.courseInstanceId, 500 + this.sessionId,
				"Quiz " + this.sessionId, this.openedAt, null, 1, false);
	}

	public LiveSessionChanged close() {
		return new LiveSessionChanged(this.sessionId, this.courseId, this.courseInstanceId, 500 + this.sessionId,
				"Quiz " + this.sessionId, this.openedAt, this.openedAt.plus(Duration.ofMinutes(50)), 2, false);
	}

	/**
	 * The next version of a student's participant row.
	 * @param userId the student
	 * @param points live points (already × 1000)
	 * @param seconds duration from joining to the points
	 */
	public ParticipantChanged score(long userId, long points, long seconds) {
		long version = this.versions.merge(userId, 1L, Long::sum);
		return participant(userId, points, seconds, version, false);
	}

	public ParticipantChanged participant(long userId, long points, long seconds, long version, boolean deleted) {
		return new ParticipantChanged(this.sessionId * 1000 + userId, this.sessionId, this.courseId,
				this.courseInstanceId, userId, points, this.openedAt, this.openedAt.plusSeconds(seconds), version,
				deleted);
	}

}
