package io.plrlive.ranking.board;

/**
 * A standing with its displayed rank and the student's public identity.
 *
 * @param rank standard competition rank ("1224")
 * @param standing the figures
 * @param handle the student's opaque handle
 * @param displayName the student's display name
 */
public record RankedStanding(int rank, Standing standing, String handle, String displayName) {

	/**
	 * The student.
	 * @return the user id
	 */
	public long userId() {
		return this.standing.userId();
	}

}
