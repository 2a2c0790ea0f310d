package io.plrlive.contracts.achievement;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the {@link Achievement} catalogue and the keys of achievement changes.
 */
class AchievementTests {

	@Test
	void idsAreOneToEightInCatalogueOrder() {
		assertThat(Arrays.stream(Achievement.values()).mapToInt(Achievement::id).toArray())
			.containsExactly(IntStream.rangeClosed(1, 8).toArray());
	}

	@ParameterizedTest
	@EnumSource(Achievement.class)
	void ofIdFindsTheAchievement(Achievement achievement) {
		assertThat(Achievement.ofId(achievement.id())).isSameAs(achievement);
		assertThat(achievement.title()).isNotBlank();
		assertThat(achievement.icon()).matches("[a-z0-9_]+");
		assertThat(achievement.description()).isNotBlank();
	}

	@Test
	void ofIdOfTheOriginalAddOnIds() {
		assertThat(Achievement.ofId(1)).isEqualTo(Achievement.GOLD);
		assertThat(Achievement.ofId(4)).isEqualTo(Achievement.HAT_TRICK);
		assertThat(Achievement.ofId(7)).isEqualTo(Achievement.ALWAYS_ON_TIME);
		assertThat(Achievement.ofId(8)).isEqualTo(Achievement.UNSTOPPABLE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 9, -1, Integer.MAX_VALUE })
	void ofIdRejectsUnknownIds(int id) {
		assertThatIllegalArgumentException().isThrownBy(() -> Achievement.ofId(id))
			.withMessage("No achievement has id " + id + "; expected 1 to 8");
	}

	@Test
	void changeIsKeyedByCourseInstanceHandleAndAchievement() {
		Instant at = Instant.parse("2025-03-04T10:50:07Z");
		AchievementChange awarded = new AchievementAwarded(3, 12, 41, "Hx3kQ9", Achievement.GOLD, 1, at);
		AchievementChange withdrawn = new AchievementWithdrawn(3, 12, 42, "Hx3kQ9", Achievement.GOLD, 0, at);
		assertThat(awarded.key()).isEqualTo("12:Hx3kQ9:GOLD")
			.isEqualTo(withdrawn.key())
			.isEqualTo(AchievementChange.key(12, "Hx3kQ9", Achievement.GOLD));
	}

	@Test
	void awardCountsAtLeastOneAndWithdrawalAtLeastNone() {
		Instant at = Instant.parse("2025-03-04T10:50:07Z");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AchievementAwarded(3, 12, 41, "Hx3kQ9", Achievement.GOLD, 0, at))
			.withMessage("count of an award must be at least 1 but was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AchievementWithdrawn(3, 12, 41, "Hx3kQ9", Achievement.GOLD, -1, at))
			.withMessage("count after a withdrawal must not be negative but was -1");
		assertThat(new AchievementWithdrawn(3, 12, 41, "Hx3kQ9", Achievement.GOLD, 0, at).count()).isZero();
	}

}
