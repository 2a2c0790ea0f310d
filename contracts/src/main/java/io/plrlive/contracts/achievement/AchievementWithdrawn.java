package io.plrlive.contracts.achievement;

import java.time.Instant;
import java.util.Objects;

/**
 * An achievement taken away, such as Always On Time after the first missed session.
 *
 * @param courseId course
 * @param courseInstanceId course instance where it was held
 * @param sessionId the closed session that caused the withdrawal
 * @param handle the student's opaque handle
 * @param achievement the achievement
 * @param count times still held in the course instance after the withdrawal
 * @param at when the session closed
 */
public record AchievementWithdrawn(long courseId, long courseInstanceId, long sessionId, String handle,
		Achievement achievement, int count, Instant at) implements AchievementChange {

	public AchievementWithdrawn {
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(achievement, "achievement");
		Objects.requireNonNull(at, "at");
		if (count < 0) {
			throw new IllegalArgumentException("count after a withdrawal must not be negative but was " + count);
		}
	}

}
