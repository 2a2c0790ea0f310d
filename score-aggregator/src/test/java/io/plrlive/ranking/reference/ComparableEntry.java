package io.plrlive.ranking.reference;

import java.util.List;

import io.plrlive.contracts.board.Badge;
import io.plrlive.contracts.board.BoardEntry;

/**
 * A board entry without its {@code rankChange}, which depends on the snapshot history and
 * so cannot be computed from the final state of the rows.
 *
 * @param rank competition rank
 * @param handle the student's handle
 * @param displayName the student's display name
 * @param points points or sum of points
 * @param durationMillis duration or sum of durations
 * @param badges achievements held, by achievement id
 * @param seasons course instances played on all-time boards, otherwise {@code null}
 */
public record ComparableEntry(int rank, String handle, String displayName, long points, long durationMillis,
		List<Badge> badges, Integer seasons) {

	public ComparableEntry {
		badges = List.copyOf(badges);
	}

	/**
	 * The comparable part of a published entry.
	 * @param entry the published entry
	 * @return the entry without its rank change
	 */
	public static ComparableEntry of(BoardEntry entry) {
		return new ComparableEntry(entry.rank(), entry.handle(), entry.displayName(), entry.points(),
				entry.durationMillis(), entry.badges(), entry.seasons());
	}

}
