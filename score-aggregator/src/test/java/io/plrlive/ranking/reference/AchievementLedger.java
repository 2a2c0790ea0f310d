package io.plrlive.ranking.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.board.Badge;

/**
 * Awards and withdraws achievements session by session, straight from the table in
 * {@code docs/ranking.md}: runs are recounted from the session history each time.
 */
final class AchievementLedger {

	private final Map<String, Integer> counts = new HashMap<>();

	private final List<AchievementChange> events = new ArrayList<>();

	/**
	 * Applies the achievement rules at the finalization of one session.
	 * @param history the finalized sessions of the course instance, in finalization
	 * order, up to and ending with the session being finalized
	 */
	void finalizeSession(List<FinalizedSession> history) {
		FinalizedSession session = history.get(history.size() - 1);
		awardEach(session, Achievement.GOLD, session.scorersWithRank(1));
		awardEach(session, Achievement.SILVER, session.scorersWithRank(2));
		awardEach(session, Achievement.BRONZE, session.scorersWithRank(3));
		awardEach(session, Achievement.HAT_TRICK, withRunDivisibleBy(3, history, FinalizedSession::winners));
		awardEach(session, Achievement.GOTTA_GO_FAST, session.fastest());
		awardEach(session, Achievement.SPEED_DEMON, withRunDivisibleBy(5, history, FinalizedSession::fastest));
		withdrawAlwaysOnTime(history);
		awardEach(session, Achievement.ALWAYS_ON_TIME, newlyAlwaysOnTime(history));
		awardEach(session, Achievement.UNSTOPPABLE, withRunDivisibleBy(5, history, FinalizedSession::winners));
	}

	private static List<String> withRunDivisibleBy(int divisor, List<FinalizedSession> history,
			Function<FinalizedSession, List<String>> group) {
		List<String> members = group.apply(history.get(history.size() - 1));
		return members.stream().filter((handle) -> runLength(history, group, handle) % divisor == 0).toList();
	}

	private static int runLength(List<FinalizedSession> history, Function<FinalizedSession, List<String>> group,
			String handle) {
		int length = 0;
		for (int index = history.size() - 1; index >= 0 && group.apply(history.get(index)).contains(handle); index--) {
			length++;
		}
		return length;
	}

	private void withdrawAlwaysOnTime(List<FinalizedSession> history) {
		FinalizedSession session = history.get(history.size() - 1);
		TreeSet<String> everyone = new TreeSet<>();
		history.forEach((earlier) -> everyone.addAll(earlier.participants()));
		for (String handle : everyone) {
			if (holds(session.courseInstanceId(), handle, Achievement.ALWAYS_ON_TIME)
					&& !session.participants().contains(handle)) {
				withdraw(session, handle, Achievement.ALWAYS_ON_TIME);
			}
		}
	}

	private List<String> newlyAlwaysOnTime(List<FinalizedSession> history) {
		FinalizedSession session = history.get(history.size() - 1);
		return session.standings()
			.stream()
			.map(Ranked::handle)
			.filter((handle) -> history.stream().allMatch((earlier) -> earlier.participants().contains(handle)))
			.filter((handle) -> !holds(session.courseInstanceId(), handle, Achievement.ALWAYS_ON_TIME))
			.toList();
	}

	private void awardEach(FinalizedSession session, Achievement achievement, List<String> handles) {
		for (String handle : handles) {
			String key = AchievementChange.key(session.courseInstanceId(), handle, achievement);
			int count = this.counts.merge(key, 1, Integer::sum);
			this.events.add(new AchievementAwarded(session.courseId(), session.courseInstanceId(), session.sessionId(),
					handle, achievement, count, session.closedAt()));
		}
	}

	private void withdraw(FinalizedSession session, String handle, Achievement achievement) {
		this.counts.put(AchievementChange.key(session.courseInstanceId(), handle, achievement), 0);
		this.events.add(new AchievementWithdrawn(session.courseId(), session.courseInstanceId(), session.sessionId(),
				handle, achievement, 0, session.closedAt()));
	}

	/**
	 * How many times a student holds an achievement in some course instances together.
	 * @param courseInstanceIds the course instances
	 * @param handle the student
	 * @param achievement the achievement
	 * @return the summed count, 0 if never held
	 */
	int count(Collection<Long> courseInstanceIds, String handle, Achievement achievement) {
		return courseInstanceIds.stream()
			.mapToInt((ci) -> this.counts.getOrDefault(AchievementChange.key(ci, handle, achievement), 0))
			.sum();
	}

	/**
	 * The badges of a student: the achievements held at least once in the course
	 * instances together, by achievement id.
	 * @param courseInstanceIds the course instances of the board
	 * @param handle the student
	 * @return the badges
	 */
	List<Badge> badges(Collection<Long> courseInstanceIds, String handle) {
		return Arrays.stream(Achievement.values())
			.sorted(Comparator.comparingInt(Achievement::id))
			.filter((achievement) -> count(courseInstanceIds, handle, achievement) > 0)
			.map((achievement) -> new Badge(achievement, count(courseInstanceIds, handle, achievement)))
			.toList();
	}

	private boolean holds(long courseInstanceId, String handle, Achievement achievement) {
		return count(List.of(courseInstanceId), handle, achievement) > 0;
	}

	Map<String, Integer> counts() {
		return Map.copyOf(this.counts);
	}

	List<AchievementChange> events() {
		return List.copyOf(this.events);
	}

}
