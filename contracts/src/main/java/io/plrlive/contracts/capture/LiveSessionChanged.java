package io.plrlive.contracts.capture;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code plr_live_sessions}: one opening of a live-capable assessment in a
 * course instance. A session is open while {@code closedAt} is {@code null}; once closed
 * it never opens again.
 *
 * @param sessionId primary key
 * @param courseId course of the course instance
 * @param courseInstanceId course instance the session belongs to
 * @param assessmentId the LV assessment being played
 * @param assessmentTitle the assessment's title when the session opened
 * @param openedAt when staff opened the session
 * @param closedAt when staff closed it, or {@code null} while open
 * @param version row version
 * @param deleted whether the row was deleted
 */
public record LiveSessionChanged(long sessionId, long courseId, long courseInstanceId, long assessmentId,
		String assessmentTitle, Instant openedAt, Instant closedAt, long version,
		boolean deleted) implements RowChange {

	public LiveSessionChanged {
		Objects.requireNonNull(assessmentTitle, "assessmentTitle");
		Objects.requireNonNull(openedAt, "openedAt");
		RowChange.requireVersion(version);
	}

	@Override
	public long key() {
		return this.sessionId;
	}

	/**
	 * Whether the session is still open.
	 * @return {@code true} while not closed
	 */
	public boolean open() {
		return this.closedAt == null && !this.deleted;
	}

}
