package io.plrlive.ranking.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.board.Badge;
import io.plrlive.contracts.board.BoardEntry;

import static io.plrlive.ranking.topology.SessionRows.handle;
import static io.plrlive.ranking.topology.SessionRows.session;
import static io.plrlive.ranking.topology.SessionRows.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AchievementsTopologyTests {

	static final Duration GRACE = Duration.ofSeconds(1);

	@TempDir
	Path stateDir;

	RankingHarness harness;

	long nextSession = 1;

	@BeforeEach
	void start() {
		this.harness = new RankingHarness(new RankingSettings(Duration.ofMillis(50), GRACE, 2000), this.stateDir);
		for (long userId = 1; userId <= 8; userId++) {
			this.harness.pipe(student(userId));
		}
	}

	@AfterEach
	void stop() {
		this.harness.close();
	}

	@Test
	void awardsMedalsByFinalRankSharingThemOnTies() {
		play(score(1, 5000, 60), score(2, 5000, 60), score(3, 4000, 60), score(4, 3000, 60), score(5, 0, 1));
		assertThat(awarded(Achievement.GOLD)).containsExactly(handle(1), handle(2));
		assertThat(awarded(Achievement.SILVER)).isEmpty();
		assertThat(awarded(Achievement.BRONZE)).containsExactly(handle(3));
	}

	@Test
	void givesNoMedalForZeroPoints() {
		play(score(1, 0, 10), score(2, 0, 10));
		assertThat(awarded(Achievement.GOLD)).isEmpty();
		assertThat(awarded(Achievement.GOTTA_GO_FAST)).isEmpty();
	}

	@Test
	void countsEveryMedalOnTheBoardBadges() {
		play(score(1, 2000, 10), score(2, 1000, 10));
		play(score(1, 2000, 10), score(2, 1000, 10));
		this.harness.advance(Duration.ofMillis(50));
		BoardEntry winner = this.harness.board("seasonal:10").entries().get(0);
		assertThat(winner.badges()).contains(new Badge(Achievement.GOLD, 2));
		assertThat(this.harness.board("all-time:1").entries().get(0).badges()).contains(new Badge(Achievement.GOLD, 2));
	}

	@Test
	void awardsAHatTrickForEveryThreeWinsInARow() {
		for (int session = 1; session <= 6; session++) {
			play(score(1, 3000, 10), score(2, 1000, 10));
		}
		assertThat(counts(Achievement.HAT_TRICK, handle(1))).containsExactly(1, 2);
		assertThat(sessionsOf(Achievement.HAT_TRICK)).containsExactly(3L, 6L);
	}

	@Test
	void startsTheWinningRunAgainAfterALostOrEmptySession() {
		play(score(1, 3000, 10), score(2, 1000, 10));
		play(score(1, 3000, 10), score(2, 1000, 10));
		play(score(1, 1000, 10), score(2, 3000, 10));
		play(score(1, 3000, 10), score(2, 1000, 10));
		play(score(1, 3000, 10), score(2, 1000, 10));
		play();
		play(score(1, 3000, 10));
		assertThat(awarded(Achievement.HAT_TRICK)).isEmpty();
		play(score(1, 3000, 10));
		play(score(1, 3000, 10));
		assertThat(sessionsOf(Achievement.HAT_TRICK)).containsExactly(9L);
	}

	@Test
	void awardsGottaGoFastToEveryoneTiedForTheShortestDurationWithPoints() {
		play(score(1, 1000, 30), score(2, 5000, 30), score(3, 2000, 40), score(4, 0, 5));
		assertThat(awarded(Achievement.GOTTA_GO_FAST)).containsExactly(handle(2), handle(1));
	}

	@Test
	void awardsSpeedDemonForFiveFastestInARow() {
		for (int session = 1; session <= 4; session++) {
			play(score(1, 1000, 10), score(2, 2000, 20));
		}
		assertThat(awarded(Achievement.SPEED_DEMON)).isEmpty();
		play(score(1, 1000, 10), score(2, 2000, 20));
		assertThat(awarded(Achievement.SPEED_DEMON)).containsExactly(handle(1));
		assertThat(awarded(Achievement.GOTTA_GO_FAST)).hasSize(5);
	}

	@Test
	void withdrawsAlwaysOnTimeOnTheFirstMissAndNeverGivesItBack() {
		play(score(1, 1000, 10), score(2, 1000, 20));
		assertThat(awarded(Achievement.ALWAYS_ON_TIME)).containsExactly(handle(1), handle(2));
		play(score(1, 1000, 10), score(3, 1000, 10));
		assertThat(this.harness.achievementChanges).filteredOn(AchievementWithdrawn.class::isInstance)
			.extracting(AchievementChange::handle, AchievementChange::achievement, AchievementChange::count,
					AchievementChange::sessionId)
			.containsExactly(tuple(handle(2), Achievement.ALWAYS_ON_TIME, 0, 2L));
		play(score(1, 1000, 10), score(2, 1000, 10), score(3, 1000, 10));
		assertThat(awarded(Achievement.ALWAYS_ON_TIME)).containsExactly(handle(1), handle(2));
		assertThat(this.harness.board("seasonal:10").entries()).filteredOn((entry) -> entry.handle().equals(handle(2)))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.badges()).extracting(Badge::achievement)
				.doesNotContain(Achievement.ALWAYS_ON_TIME));
	}

	@Test
	void awardsUnstoppableForFiveWinsInARow() {
		for (int session = 1; session <= 5; session++) {
			play(score(1, 3000, 10), score(2, 1000, 5));
		}
		assertThat(sessionsOf(Achievement.UNSTOPPABLE)).containsExactly(5L);
		assertThat(counts(Achievement.GOLD, handle(1))).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void scopesAchievementsToTheCourseInstanceAndSumsThemAllTime() {
		play(10, score(1, 1000, 10));
		play(11, score(1, 1000, 10));
		this.harness.advance(Duration.ofMillis(50));
		assertThat(this.harness.achievementChanges).filteredOn(AchievementAwarded.class::isInstance)
			.filteredOn((change) -> change.achievement() == Achievement.GOLD)
			.extracting(AchievementChange::key, AchievementChange::count)
			.containsExactly(tuple("10:" + handle(1) + ":GOLD", 1), tuple("11:" + handle(1) + ":GOLD", 1));
		assertThat(this.harness.board("all-time:1").entries().get(0).badges()).contains(new Badge(Achievement.GOLD, 2));
	}

	private void play(long[]... scores) {
		play(10, scores);
	}

	private void play(long courseInstanceId, long[]... scores) {
		SessionRows quiz = session(this.nextSession++, courseInstanceId);
		this.harness.pipe(quiz.open());
		for (long[] score : scores) {
			this.harness.pipe(quiz.score(score[0], score[1], score[2]));
		}
		this.harness.pipe(quiz.close());
		this.harness.advance(GRACE);
	}

	private static long[] score(long userId, long points, long seconds) {
		return new long[] { userId, points, seconds };
	}

	private List<AchievementChange> awards(Achievement achievement) {
		return this.harness.achievementChanges.stream()
			.filter(AchievementAwarded.class::isInstance)
			.filter((change) -> change.achievement() == achievement)
			.toList();
	}

	private List<String> awarded(Achievement achievement) {
		return awards(achievement).stream().map(AchievementChange::handle).toList();
	}

	private List<Integer> counts(Achievement achievement, String handle) {
		return awards(achievement).stream()
			.filter((change) -> change.handle().equals(handle))
			.map(AchievementChange::count)
			.toList();
	}

	private List<Long> sessionsOf(Achievement achievement) {
		return awards(achievement).stream().map(AchievementChange::sessionId).toList();
	}

}
