package io.plrlive.ranking.board;

import java.util.List;

import io.plrlive.contracts.board.Badge;

/**
 * The badges a student shows on one board.
 */
@FunctionalInterface
public interface BadgeSource {

	/** A source for boards that show no badges. */
	BadgeSource NONE = (userId) -> List.of();

	/**
	 * The badges of a student, ordered by achievement id.
	 * @param userId the student
	 * @return the badges, empty when none
	 */
	List<Badge> badges(long userId);

}
