package io.plrlive.ranking.season;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.session.FinalStanding;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.ranking.board.RankedStanding;
import io.plrlive.ranking.board.StudentDirectory;

/**
 * Finalizes one closed session: its final standings, each participant's season totals,
 * and the achievements awarded and withdrawn (docs/ranking.md). A pure function of the
 * session, its standings and the season so far, so that a replay computes the same.
 */
public final class SessionRollUp {

	private SessionRollUp() {
	}

	/**
	 * Rolls a closed session into its course instance's season.
	 * @param session the closed session
	 * @param sessionNumber its number among the course instance's finalized sessions
	 * @param standings its final standings, best first
	 * @param season the season records of the course instance, by user id
	 * @param students handles of students who did not take part
	 * @return the results, the changed season records and the achievement events
	 */
	public static RollUp apply(LiveSessionChanged session, int sessionNumber, List<RankedStanding> standings,
			Map<Long, SeasonRecord> season, StudentDirectory students) {
		SessionAwards awards = new SessionAwards(sessionNumber, standings);
		Map<Long, SeasonRecord> changed = new LinkedHashMap<>();
		List<AchievementChange> achievements = new ArrayList<>();
		for (RankedStanding standing : standings) {
			SeasonRecord before = season.get(standing.userId());
			SeasonRecord after = awards.rollInto(standing,
					(before != null) ? before : SeasonRecord.empty(session.courseId(), session.closedAt()),
					before == null, session.closedAt());
			changed.put(standing.userId(), after);
			achievements.addAll(awarded(session, standing.handle(), before, after));
		}
		Set<Long> participants = standings.stream().map(RankedStanding::userId).collect(Collectors.toSet());
		new TreeMap<>(season).forEach((userId, record) -> {
			if (!participants.contains(userId) && record.count(Achievement.ALWAYS_ON_TIME) > 0) {
				changed.put(userId, withoutAlwaysOnTime(record));
				achievements.add(alwaysOnTimeWithdrawn(session, students.find(userId)));
			}
		});
		return new RollUp(results(session, standings), changed, achievements);
	}

	private static List<AchievementChange> awarded(LiveSessionChanged session, String handle, SeasonRecord before,
			SeasonRecord after) {
		List<AchievementChange> awards = new ArrayList<>();
		for (Achievement achievement : Achievement.values()) {
			int count = after.count(achievement);
			if (count > ((before != null) ? before.count(achievement) : 0)) {
				awards.add(new AchievementAwarded(session.courseId(), session.courseInstanceId(), session.sessionId(),
						handle, achievement, count, session.closedAt()));
			}
		}
		return awards;
	}

	private static SeasonRecord withoutAlwaysOnTime(SeasonRecord record) {
		Map<Achievement, Integer> achievements = new EnumMap<>(record.achievements());
		achievements.remove(Achievement.ALWAYS_ON_TIME);
		return new SeasonRecord(record.courseId(), record.points(), record.durationMillis(), record.reachedAt(),
				record.sessionsPlayed(), record.winStreak(), record.lastWon(), record.fastStreak(),
				record.lastFastest(), achievements);
	}

	private static AchievementChange alwaysOnTimeWithdrawn(LiveSessionChanged session, StudentChanged student) {
		if (student == null) {
			throw new IllegalStateException("A holder of Always On Time in course instance "
					+ session.courseInstanceId() + " has no known handle");
		}
		return new AchievementWithdrawn(session.courseId(), session.courseInstanceId(), session.sessionId(),
				student.handle(), Achievement.ALWAYS_ON_TIME, 0, session.closedAt());
	}

	private static SessionResults results(LiveSessionChanged session, List<RankedStanding> standings) {
		List<FinalStanding> finals = standings.stream()
			.map((standing) -> new FinalStanding(standing.rank(), standing.handle(), standing.displayName(),
					standing.standing().points(), standing.standing().durationMillis()))
			.toList();
		return new SessionResults(session.sessionId(), session.courseId(), session.courseInstanceId(),
				session.assessmentId(), session.assessmentTitle(), session.openedAt(), session.closedAt(),
				finals.size(), finals);
	}

	/**
	 * What finalizing a session produced.
	 *
	 * @param results the final standings
	 * @param changed the season records that changed, by user id
	 * @param achievements the achievement events, in the order they are published
	 */
	public record RollUp(SessionResults results, Map<Long, SeasonRecord> changed,
			List<AchievementChange> achievements) {
	}

}
