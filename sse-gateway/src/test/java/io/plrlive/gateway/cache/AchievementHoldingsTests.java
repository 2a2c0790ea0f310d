package io.plrlive.gateway.cache;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.board.Badge;

import static org.assertj.core.api.Assertions.assertThat;

class AchievementHoldingsTests {

	private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void holdsTheLatestCountOfEachAchievementInCatalogueOrder() {
		AchievementHoldings holdings = new AchievementHoldings();
		holdings.apply(new AchievementAwarded(3, 12, 41, "h", Achievement.ALWAYS_ON_TIME, 1, AT));
		holdings.apply(new AchievementAwarded(3, 12, 41, "h", Achievement.GOLD, 1, AT));
		holdings.apply(new AchievementAwarded(3, 12, 42, "h", Achievement.GOLD, 2, AT));
		holdings.apply(new AchievementAwarded(3, 13, 43, "h", Achievement.SILVER, 1, AT));
		assertThat(holdings.of(12, "h").achievements().achievements()).containsExactly(new Badge(Achievement.GOLD, 2),
				new Badge(Achievement.ALWAYS_ON_TIME, 1));
	}

	@Test
	void dropsAWithdrawnAchievement() {
		AchievementHoldings holdings = new AchievementHoldings();
		holdings.apply(new AchievementAwarded(3, 12, 41, "h", Achievement.ALWAYS_ON_TIME, 1, AT));
		holdings.apply(new AchievementWithdrawn(3, 12, 42, "h", Achievement.ALWAYS_ON_TIME, 0, AT));
		assertThat(holdings.of(12, "h").achievements().achievements()).isEmpty();
	}

	@Test
	void stampsEqualHoldingsAlikeWhateverTheirHistory() {
		AchievementHoldings once = new AchievementHoldings();
		once.apply(new AchievementAwarded(3, 12, 42, "h", Achievement.GOLD, 2, AT));
		AchievementHoldings stepByStep = new AchievementHoldings();
		stepByStep.apply(new AchievementAwarded(3, 12, 41, "h", Achievement.GOLD, 1, AT));
		String stampBefore = stepByStep.of(12, "h").stamp();
		stepByStep.apply(new AchievementAwarded(3, 12, 42, "h", Achievement.GOLD, 2, AT));
		assertThat(stepByStep.of(12, "h").stamp()).isEqualTo(once.of(12, "h").stamp()).isNotEqualTo(stampBefore);
	}

}
