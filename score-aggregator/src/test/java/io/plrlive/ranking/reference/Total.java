package io.plrlive.ranking.reference;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A student's seasonal or all-time total over finalized sessions.
 *
 * @param handle the student
 * @param displayName the student's current display name
 * @param points sum of final points
 * @param durationMillis sum of final durations
 * @param firstClosedAt {@code closedAt} of the student's first session
 * @param lastChangedAt {@code closedAt} of the latest session that changed the points
 * total, or {@code null} while it is 0
 * @param courseInstanceIds the course instances in which the student took part
 */
record Total(String handle, String displayName, long points, long durationMillis, Instant firstClosedAt,
		Instant lastChangedAt, Set<Long> courseInstanceIds) {

	/**
	 * Sums the final standings of sessions per student.
	 * @param sessions finalized sessions in finalization order
	 * @return the totals by handle, in order of first appearance
	 */
	static Map<String, Total> sum(List<FinalizedSession> sessions) {
		Map<String, Total> totals = new LinkedHashMap<>();
		for (FinalizedSession session : sessions) {
			for (Ranked standing : session.standings()) {
				Total first = first(standing, session);
				totals.merge(standing.handle(), first, (total, next) -> total.plus(standing, session));
			}
		}
		return totals;
	}

	private static Total first(Ranked standing, FinalizedSession session) {
		Contender participant = standing.contender();
		Instant changedAt = (participant.points() > 0) ? session.closedAt() : null;
		return new Total(participant.handle(), participant.displayName(), participant.points(),
				participant.durationMillis(), session.closedAt(), changedAt, Set.of(session.courseInstanceId()));
	}

	private Total plus(Ranked standing, FinalizedSession session) {
		Instant changedAt = (standing.points() > 0) ? session.closedAt() : this.lastChangedAt;
		Set<Long> instances = new HashSet<>(this.courseInstanceIds);
		instances.add(session.courseInstanceId());
		return new Total(this.handle, this.displayName, this.points + standing.points(),
				this.durationMillis + standing.durationMillis(), this.firstClosedAt, changedAt, Set.copyOf(instances));
	}

	/**
	 * The total as a contender on a board: reached when the latest session that changed
	 * it closed, or when the first session closed for a total of 0.
	 * @return the contender
	 */
	Contender contender() {
		Instant reachedAt = (this.points > 0) ? this.lastChangedAt : this.firstClosedAt;
		return new Contender(this.handle, this.displayName, this.points, this.durationMillis, reachedAt);
	}

	/**
	 * Number of course instances played, shown on all-time boards.
	 * @return the number of seasons
	 */
	int seasons() {
		return this.courseInstanceIds.size();
	}

}
