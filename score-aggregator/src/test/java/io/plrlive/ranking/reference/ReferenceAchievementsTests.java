package io.plrlive.ranking.reference;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.board.Badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReferenceAchievementsTests {

	@Test
	void medalsGoToEveryScorerWithTheirCompetitionRank() {
		RowFixture rows = new RowFixture().students(1, 2, 3, 4, 5);
		rows.session(111, 11, 0, 3000, 60, 3000, 60, 2000, 60, 1000, 60, 0, 0);
		rows.session(121, 12, 0, 1000, 30, 0, 0, 0, 0);
		List<AchievementChange> medals = events(rows.compute(), Achievement.GOLD, Achievement.SILVER,
				Achievement.BRONZE);
		assertThat(medals)
			.extracting(AchievementChange::sessionId, AchievementChange::achievement, AchievementChange::handle)
			.containsExactly(tuple(111L, Achievement.GOLD, "h1"), tuple(111L, Achievement.GOLD, "h2"),
					tuple(111L, Achievement.BRONZE, "h3"), tuple(121L, Achievement.GOLD, "h1"));
	}

	@Test
	void sixWinsInARowGiveTwoHatTricksAndFiveOneUnstoppable() {
		RowFixture rows = new RowFixture().students(1, 2);
		for (int session = 1; session <= 6; session++) {
			rows.session(110 + session, 11, session, 1000, 30, 0, 30);
		}
		ReferenceOutcome outcome = rows.compute();
		assertThat(events(outcome, Achievement.HAT_TRICK, Achievement.UNSTOPPABLE))
			.extracting(AchievementChange::sessionId, AchievementChange::achievement, AchievementChange::count)
			.containsExactly(tuple(113L, Achievement.HAT_TRICK, 1), tuple(115L, Achievement.UNSTOPPABLE, 1),
					tuple(116L, Achievement.HAT_TRICK, 2));
		assertThat(outcome.boards().get("seasonal:11").entries().get(0).badges()).containsExactly(
				new Badge(Achievement.GOLD, 6), new Badge(Achievement.HAT_TRICK, 2),
				new Badge(Achievement.GOTTA_GO_FAST, 6), new Badge(Achievement.SPEED_DEMON, 1),
				new Badge(Achievement.ALWAYS_ON_TIME, 1), new Badge(Achievement.UNSTOPPABLE, 1));
	}

	@Test
	void runsOfWinsBreakOnALostSessionAndOnASessionWithoutParticipants() {
		RowFixture rows = new RowFixture().students(1, 2);
		rows.session(111, 11, 1, 2000, 30).session(112, 11, 2, 2000, 30).session(113, 11, 3, 1000, 30, 2000, 30);
		rows.session(114, 11, 4, 2000, 30).session(115, 11, 5, 2000, 30);
		rows.session(121, 12, 1, 2000, 30).session(122, 12, 2, 2000, 30).session(123, 12, 3);
		rows.session(124, 12, 4, 2000, 30).session(125, 12, 5, 2000, 30).session(126, 12, 6, 2000, 30);
		assertThat(events(rows.compute(), Achievement.HAT_TRICK)).extracting(AchievementChange::sessionId)
			.containsExactly(126L);
	}

	@Test
	void gottaGoFastGoesToEveryScorerWithTheShortestDuration() {
		RowFixture rows = new RowFixture().students(1, 2, 3, 4).session(111, 11, 0, 1000, 30, 3000, 30, 0, 0, 2000, 60);
		assertThat(events(rows.compute(), Achievement.GOTTA_GO_FAST)).extracting(AchievementChange::handle)
			.containsExactly("h2", "h1");
	}

	@Test
	void speedDemonComesWithTheFifthFastestSessionInARow() {
		RowFixture rows = new RowFixture().students(1, 2);
		for (int session = 1; session <= 5; session++) {
			rows.session(110 + session, 11, session, 1000, 30, 2000, 60);
		}
		assertThat(events(rows.compute(), Achievement.SPEED_DEMON))
			.extracting(AchievementChange::sessionId, AchievementChange::handle)
			.containsExactly(tuple(115L, "h1"));
	}

	@Test
	void alwaysOnTimeIsWithdrawnAtTheFirstMissedSessionAndNeverRegained() {
		RowFixture rows = new RowFixture().students(1, 2, 3).session(111, 11, 0, 1000, 30, 1000, 30);
		rows.session(112, 11, 1, 1000, 30, -1, 0, 1000, 30).session(113, 11, 2, 1000, 30, 1000, 30, 1000, 30);
		ReferenceOutcome outcome = rows.compute();
		assertThat(events(outcome, Achievement.ALWAYS_ON_TIME))
			.extracting((event) -> event.getClass().getSimpleName(), AchievementChange::sessionId,
					AchievementChange::handle, AchievementChange::count, AchievementChange::at)
			.containsExactly(tuple("AchievementAwarded", 111L, "h1", 1, at(0)),
					tuple("AchievementAwarded", 111L, "h2", 1, at(0)),
					tuple("AchievementWithdrawn", 112L, "h2", 0, at(1)));
		assertThat(outcome.achievementCounts()).containsEntry("11:h1:ALWAYS_ON_TIME", 1)
			.containsEntry("11:h2:ALWAYS_ON_TIME", 0)
			.doesNotContainKey("11:h3:ALWAYS_ON_TIME");
		assertThat(outcome.boards().get("live:11").entries()).filteredOn((entry) -> entry.handle().equals("h2"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.badges()).extracting(Badge::achievement)
				.doesNotContain(Achievement.ALWAYS_ON_TIME));
	}

	@Test
	void aFirstSessionWithoutParticipantsLeavesAlwaysOnTimeToNobody() {
		RowFixture rows = new RowFixture().students(1).session(111, 11, 0).session(112, 11, 1, 1000, 30);
		assertThat(events(rows.compute(), Achievement.ALWAYS_ON_TIME)).isEmpty();
	}

	@Test
	void allTimeBadgesSumTheCourseInstancesAndSeasonalBadgesCountOne() {
		RowFixture rows = new RowFixture().students(1).session(111, 11, 0, 1000, 30).session(121, 12, 0, 1000, 30);
		ReferenceOutcome outcome = rows.compute();
		assertThat(outcome.boards().get("all-time:1").entries().get(0).badges()).containsExactly(
				new Badge(Achievement.GOLD, 2), new Badge(Achievement.GOTTA_GO_FAST, 2),
				new Badge(Achievement.ALWAYS_ON_TIME, 2));
		assertThat(outcome.boards().get("seasonal:12").entries().get(0).badges()).containsExactly(
				new Badge(Achievement.GOLD, 1), new Badge(Achievement.GOTTA_GO_FAST, 1),
				new Badge(Achievement.ALWAYS_ON_TIME, 1));
		assertThat(outcome.achievementEvents())
			.allSatisfy((event) -> assertThat(event).isInstanceOf(AchievementAwarded.class)
				.isNotInstanceOf(AchievementWithdrawn.class));
	}

	private static List<AchievementChange> events(ReferenceOutcome outcome, Achievement... achievements) {
		List<Achievement> wanted = List.of(achievements);
		return outcome.achievementEvents().stream().filter((event) -> wanted.contains(event.achievement())).toList();
	}

	private static java.time.Instant at(int hour) {
		return RowFixture.BASE.plusSeconds(hour * 3600L + 1800);
	}

}
