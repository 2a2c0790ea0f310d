package io.plrlive.ranking.reference;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.plrlive.contracts.capture.LiveSessionChanged;

/**
 * A closed session with its final standings, as it is at finalization.
 *
 * @param row the session's latest row
 * @param standings its participants ranked
 */
record FinalizedSession(LiveSessionChanged row, List<Ranked> standings) {

	/**
	 * Finalization order, which numbers the sessions of a course instance: by
	 * {@code closedAt}, ties by session id.
	 */
	static final Comparator<FinalizedSession> FINALIZATION_ORDER = Comparator
		.comparing((FinalizedSession session) -> session.row().closedAt())
		.thenComparingLong(FinalizedSession::sessionId);

	long sessionId() {
		return this.row.sessionId();
	}

	long courseId() {
		return this.row.courseId();
	}

	long courseInstanceId() {
		return this.row.courseInstanceId();
	}

	Instant closedAt() {
		return this.row.closedAt();
	}

	/**
	 * Handles of everyone who took part, whatever their points.
	 * @return the participants
	 */
	Set<String> participants() {
		return this.standings.stream().map(Ranked::handle).collect(Collectors.toSet());
	}

	/**
	 * The participants with the given final rank and points above 0.
	 * @param rank a final rank
	 * @return their handles in standings order
	 */
	List<String> scorersWithRank(int rank) {
		return this.standings.stream()
			.filter((standing) -> standing.rank() == rank && standing.points() > 0)
			.map(Ranked::handle)
			.toList();
	}

	/**
	 * Winners: final rank 1 and points above 0.
	 * @return their handles in standings order
	 */
	List<String> winners() {
		return scorersWithRank(1);
	}

	/**
	 * The fastest: everyone with the shortest duration among those with points above 0.
	 * @return their handles in standings order
	 */
	List<String> fastest() {
		List<Ranked> scorers = this.standings.stream().filter((standing) -> standing.points() > 0).toList();
		long shortest = scorers.stream().mapToLong(Ranked::durationMillis).min().orElse(Long.MAX_VALUE);
		return scorers.stream()
			.filter((standing) -> standing.durationMillis() == shortest)
			.map(Ranked::handle)
			.toList();
	}

}
