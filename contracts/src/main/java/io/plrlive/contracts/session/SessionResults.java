package io.plrlive.contracts.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The final standings of one closed live session, published exactly once per session.
 *
 * @param sessionId the session
 * @param courseId course
 * @param courseInstanceId course instance
 * @param assessmentId the assessment played
 * @param assessmentTitle its title
 * @param openedAt when the session opened
 * @param closedAt when it closed
 * @param participantCount number of standings
 * @param standings in final order
 */
public record SessionResults(long sessionId, long courseId, long courseInstanceId, long assessmentId,
		String assessmentTitle, Instant openedAt, Instant closedAt, int participantCount,
		List<FinalStanding> standings) {

	public SessionResults {
		Objects.requireNonNull(assessmentTitle, "assessmentTitle");
		Objects.requireNonNull(openedAt, "openedAt");
		Objects.requireNonNull(closedAt, "closedAt");
		standings = List.copyOf(Objects.requireNonNull(standings, "standings"));
		if (participantCount != standings.size()) {
			throw new IllegalArgumentException(
					"participantCount " + participantCount + " differs from the " + standings.size() + " standings");
		}
	}

}
