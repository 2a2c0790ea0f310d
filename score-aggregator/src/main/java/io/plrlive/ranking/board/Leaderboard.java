package io.plrlive.ranking.board;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The current standings of one board, one per student. It is ranked only when a snapshot
 * is due, so that a burst of changes costs one sort instead of one per change.
 */
public final class Leaderboard {

	private final Map<Long, Standing> standings = new HashMap<>();

	/**
	 * Sets a student's standing.
	 * @param standing the new standing
	 * @return whether the board changed
	 */
	public boolean put(Standing standing) {
		return !standing.equals(this.standings.put(standing.userId(), standing));
	}

	/**
	 * Takes a student off the board.
	 * @param userId the student
	 * @return whether the board changed
	 */
	public boolean remove(long userId) {
		return this.standings.remove(userId) != null;
	}

	/**
	 * Whether a student is on the board.
	 * @param userId the student
	 * @return whether they are
	 */
	public boolean contains(long userId) {
		return this.standings.containsKey(userId);
	}

	/**
	 * A student's standing.
	 * @param userId the student
	 * @return the standing, or {@code null}
	 */
	public Standing get(long userId) {
		return this.standings.get(userId);
	}

	/**
	 * All standings, unordered.
	 * @return a read-only view
	 */
	public Collection<Standing> standings() {
		return Collections.unmodifiableCollection(this.standings.values());
	}

}
