package io.plrlive.ranking.reference;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.session.SessionResults;

/**
 * What the aggregator should have published once every delivered row is processed and
 * every closed session is finalized.
 *
 * @param boards the latest state of every board that should exist, by board id text
 * @param sessionResults final standings of every closed session, by session id
 * @param achievementCounts how many times each student holds each achievement, by
 * {@link AchievementChange#key(long, String, io.plrlive.contracts.achievement.Achievement)}
 * key, for every key that an award or withdrawal touched
 * @param achievementEvents every award and withdrawal, in finalization order
 */
public record ReferenceOutcome(Map<String, ComparableBoard> boards, Map<Long, SessionResults> sessionResults,
		Map<String, Integer> achievementCounts, List<AchievementChange> achievementEvents) {

	public ReferenceOutcome {
		boards = Collections.unmodifiableMap(new TreeMap<>(boards));
		sessionResults = Collections.unmodifiableMap(new TreeMap<>(sessionResults));
		achievementCounts = Collections.unmodifiableMap(new TreeMap<>(achievementCounts));
		achievementEvents = List.copyOf(achievementEvents);
	}

}
