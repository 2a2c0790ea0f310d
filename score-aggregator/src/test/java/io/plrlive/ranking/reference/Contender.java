package io.plrlive.ranking.reference;

import java.time.Instant;
import java.util.Comparator;

/**
 * Someone to rank on a board or in final standings: a participant, or a student's
 * seasonal or all-time total.
 *
 * @param handle the student's handle
 * @param displayName the student's current display name
 * @param points points, or their sum
 * @param durationMillis duration, or the sum of durations
 * @param reachedAt when the points were reached: {@code pointsChangedAt} for a
 * participant, a session's {@code closedAt} for a total
 */
record Contender(String handle, String displayName, long points, long durationMillis, Instant reachedAt) {

	/** Board order: points descending, duration, time reached, handle. */
	static final Comparator<Contender> BOARD_ORDER = Comparator.comparingLong(Contender::points)
		.reversed()
		.thenComparingLong(Contender::durationMillis)
		.thenComparing(Contender::reachedAt)
		.thenComparing(Contender::handle);

	/**
	 * Whether the two share a competition rank.
	 * @param other the contender just before this one in board order
	 * @return {@code true} when points and duration are equal
	 */
	boolean tiesWith(Contender other) {
		return this.points == other.points && this.durationMillis == other.durationMillis;
	}

}
