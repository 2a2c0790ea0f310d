package io.plrlive.contracts.board;

import java.util.List;
import java.util.Objects;

/**
 * One row of a board.
 *
 * @param rank standard competition rank ("1224"): equal points and duration share a rank
 * @param handle the student's opaque handle, by which a browser finds its own row
 * @param displayName the student's display name
 * @param points live points, or the sum of final points on seasonal and all-time boards
 * @param durationMillis duration in milliseconds, or the sum of durations
 * @param rankChange places moved up (positive) or down (negative) since the board's
 * previous snapshot, or {@code null} for an entry new to the board
 * @param badges achievements held, in catalogue order
 * @param seasons number of course instances played, on all-time boards; {@code null} on
 * the others
 */
public record BoardEntry(int rank, String handle, String displayName, long points, long durationMillis,
		Integer rankChange, List<Badge> badges, Integer seasons) {

	public BoardEntry {
		if (rank < 1) {
			throw new IllegalArgumentException("rank must be at least 1 but was " + rank);
		}
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(displayName, "displayName");
		badges = List.copyOf(Objects.requireNonNull(badges, "badges"));
	}

}
