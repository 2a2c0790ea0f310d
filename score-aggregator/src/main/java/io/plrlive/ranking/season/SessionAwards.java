package io.plrlive.ranking.season;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.ranking.board.RankedStanding;

/**
 * The achievement rules of one closed session (docs/ranking.md, "Achievements"): who won,
 * who was fastest, and how each participant's season and runs move on.
 */
final class SessionAwards {

	private final int sessionNumber;

	private final long fastestDuration;

	SessionAwards(int sessionNumber, List<RankedStanding> standings) {
		this.sessionNumber = sessionNumber;
		this.fastestDuration = standings.stream()
			.filter((standing) -> standing.standing().points() > 0)
			.mapToLong((standing) -> standing.standing().durationMillis())
			.min()
			.orElse(Long.MAX_VALUE);
	}

	SeasonRecord rollInto(RankedStanding standing, SeasonRecord before, boolean firstSession, Instant closedAt) {
		long points = standing.standing().points();
		boolean won = standing.rank() == 1 && points > 0;
		boolean fastest = points > 0 && standing.standing().durationMillis() == this.fastestDuration;
		int winStreak = won ? runLength(before.winStreak(), before.lastWon()) : before.winStreak();
		int fastStreak = fastest ? runLength(before.fastStreak(), before.lastFastest()) : before.fastStreak();
		int played = before.sessionsPlayed() + 1;
		Map<Achievement, Integer> held = new EnumMap<>(Achievement.class);
		held.putAll(before.achievements());
		award(held, Achievement.GOLD, won);
		award(held, Achievement.SILVER, standing.rank() == 2 && points > 0);
		award(held, Achievement.BRONZE, standing.rank() == 3 && points > 0);
		award(held, Achievement.HAT_TRICK, won && winStreak % 3 == 0);
		award(held, Achievement.GOTTA_GO_FAST, fastest);
		award(held, Achievement.SPEED_DEMON, fastest && fastStreak % 5 == 0);
		award(held, Achievement.ALWAYS_ON_TIME,
				played == this.sessionNumber && before.count(Achievement.ALWAYS_ON_TIME) == 0);
		award(held, Achievement.UNSTOPPABLE, won && winStreak % 5 == 0);
		return new SeasonRecord(before.courseId(), before.points() + points,
				before.durationMillis() + standing.standing().durationMillis(),
				(points > 0 || firstSession) ? closedAt : before.reachedAt(), played, winStreak,
				won ? this.sessionNumber : before.lastWon(), fastStreak,
				fastest ? this.sessionNumber : before.lastFastest(), held);
	}

	private int runLength(int previousRun, int previousSession) {
		return (previousSession == this.sessionNumber - 1) ? previousRun + 1 : 1;
	}

	private static void award(Map<Achievement, Integer> held, Achievement achievement, boolean earned) {
		if (earned) {
			held.merge(achievement, 1, Integer::sum);
		}
	}

}
