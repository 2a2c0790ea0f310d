package io.plrlive.ranking.board;

import io.plrlive.contracts.capture.StudentChanged;

/**
 * Where boards look up a student's handle and display name.
 */
@FunctionalInterface
public interface StudentDirectory {

	/**
	 * The latest known row of a student.
	 * @param userId the student
	 * @return the row, or {@code null} when the student is not known (yet)
	 */
	StudentChanged find(long userId);

}
