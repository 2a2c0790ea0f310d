package io.plrlive.contracts.session;

import java.util.Objects;

/**
 * A participant's final place in a closed session.
 *
 * @param rank standard competition rank ("1224")
 * @param handle the student's opaque handle
 * @param displayName the student's display name when the session closed
 * @param points final live points
 * @param durationMillis final duration in milliseconds
 */
public record FinalStanding(int rank, String handle, String displayName, long points, long durationMillis) {

	public FinalStanding {
		if (rank < 1) {
			throw new IllegalArgumentException("rank must be at least 1 but was " + rank);
		}
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(displayName, "displayName");
	}

}
