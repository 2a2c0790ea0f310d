package io.plrlive.ranking.season;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.board.Badge;

/**
 * One student's season in one course instance: totals over the finalized sessions, the
 * runs that streak achievements count, and the achievements held.
 *
 * @param courseId the course of the course instance
 * @param points sum of final points
 * @param durationMillis sum of durations
 * @param reachedAt when the points total last changed (the first session's close while it
 * is 0)
 * @param sessionsPlayed sessions taken part in
 * @param winStreak length of the run of won sessions ending at {@code lastWon}
 * @param lastWon number of the last session won, 0 for none
 * @param fastStreak length of the run of sessions among the fastest ending at
 * {@code lastFastest}
 * @param lastFastest number of the last session among the fastest, 0 for none
 * @param achievements how many times each achievement is held (absent: never or no
 * longer)
 */
public record SeasonRecord(long courseId, long points, long durationMillis, Instant reachedAt, int sessionsPlayed,
		int winStreak, int lastWon, int fastStreak, int lastFastest, Map<Achievement, Integer> achievements) {

	public SeasonRecord {
		Objects.requireNonNull(reachedAt, "reachedAt");
		EnumMap<Achievement, Integer> copy = new EnumMap<>(Achievement.class);
		copy.putAll(Objects.requireNonNull(achievements, "achievements"));
		copy.values().removeIf((count) -> count < 1);
		achievements = copy;
	}

	/**
	 * The season of a student before their first session.
	 * @param courseId the course
	 * @param closedAt the close of their first session
	 * @return an empty season
	 */
	static SeasonRecord empty(long courseId, Instant closedAt) {
		return new SeasonRecord(courseId, 0, 0, closedAt, 0, 0, 0, 0, 0, Map.of());
	}

	/**
	 * How many times an achievement is held.
	 * @param achievement the achievement
	 * @return the count, 0 when not held
	 */
	public int count(Achievement achievement) {
		return this.achievements.getOrDefault(achievement, 0);
	}

	/**
	 * The badges this season shows, ordered by achievement id.
	 * @return the badges
	 */
	public List<Badge> badges() {
		return this.achievements.entrySet().stream().map((held) -> new Badge(held.getKey(), held.getValue())).toList();
	}

}
