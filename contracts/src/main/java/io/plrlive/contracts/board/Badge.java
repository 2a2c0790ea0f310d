package io.plrlive.contracts.board;

import java.util.Objects;

import io.plrlive.contracts.achievement.Achievement;

/**
 * An achievement shown next to a name on a board, with how many times the student holds
 * it.
 *
 * @param achievement the achievement
 * @param count times held, at least 1
 */
public record Badge(Achievement achievement, int count) {

	public Badge {
		Objects.requireNonNull(achievement, "achievement");
		if (count < 1) {
			throw new IllegalArgumentException("A badge is held at least once but count was " + count);
		}
	}

}
