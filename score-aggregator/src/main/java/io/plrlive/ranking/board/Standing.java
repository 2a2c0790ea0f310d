package io.plrlive.ranking.board;

import java.time.Instant;
import java.util.Objects;

/**
 * One student's place-defining figures on one board: points, duration and the time the
 * points were reached. All-time boards also carry the number of seasons played.
 *
 * @param userId the student
 * @param points points (already × 1000)
 * @param durationMillis duration, or the sum of durations on season and all-time boards
 * @param reachedAt when the points were reached; orders entries that share a rank
 * @param seasons seasons played (all-time boards), otherwise {@code null}
 */
public record Standing(long userId, long points, long durationMillis, Instant reachedAt, Integer seasons) {

	public Standing {
		Objects.requireNonNull(reachedAt, "reachedAt");
	}

	/**
	 * A standing without a seasons count, as live and seasonal boards have them.
	 * @param userId the student
	 * @param points points
	 * @param durationMillis duration
	 * @param reachedAt when the points were reached
	 * @return the standing
	 */
	public static Standing of(long userId, long points, long durationMillis, Instant reachedAt) {
		return new Standing(userId, points, durationMillis, reachedAt, null);
	}

	/**
	 * Whether this standing shares its rank with another: equal points and equal
	 * duration.
	 * @param other the standing before it
	 * @return whether both show the same rank
	 */
	boolean sharesRankWith(Standing other) {
		return this.points == other.points && this.durationMillis == other.durationMillis;
	}

}
