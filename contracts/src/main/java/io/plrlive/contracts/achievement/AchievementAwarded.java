package io.plrlive.contracts.achievement;

import java.time.Instant;
import java.util.Objects;

/**
 * An achievement awarded once for a (session, achievement, student).
 *
 * @param courseId course
 * @param courseInstanceId course instance where it is held
 * @param sessionId the closed session that earned it
 * @param handle the student's opaque handle
 * @param achievement the achievement
 * @param count times held in the course instance, including this one
 * @param at when the session closed
 */
public record AchievementAwarded(long courseId, long courseInstanceId, long sessionId, String handle,
		Achievement achievement, int count, Instant at) implements AchievementChange {

	public AchievementAwarded {
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(achievement, "achievement");
		Objects.requireNonNull(at, "at");
		if (count < 1) {
			throw new IllegalArgumentException("count of an award must be at least 1 but was " + count);
		}
	}

}
