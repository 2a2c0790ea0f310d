package io.plrlive.contracts.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code plr_participants}: one student's standing in one live session.
 *
 * @param participantId primary key
 * @param sessionId the live session
 * @param courseId course of the session's course instance
 * @param courseInstanceId course instance of the session
 * @param userId the student
 * @param points live points: the best assessment points across the student's instances of
 * the assessment × 1000
 * @param joinedAt the student's first assessment-instance change while the session was
 * open
 * @param pointsChangedAt the latest change that changed the points (equal to
 * {@code joinedAt} until then)
 * @param version row version
 * @param deleted whether the row was deleted
 */
public record ParticipantChanged(long participantId, long sessionId, long courseId, long courseInstanceId, long userId,
		long points, Instant joinedAt, Instant pointsChangedAt, long version, boolean deleted) implements RowChange {

	public ParticipantChanged {
		Objects.requireNonNull(joinedAt, "joinedAt");
		Objects.requireNonNull(pointsChangedAt, "pointsChangedAt");
		RowChange.requireVersion(version);
	}

	@Override
	public long key() {
		return this.participantId;
	}

	/**
	 * Time from joining to the latest change that changed the points.
	 * @return the participant's duration
	 */
	public Duration duration() {
		return Duration.between(this.joinedAt, this.pointsChangedAt);
	}

}
