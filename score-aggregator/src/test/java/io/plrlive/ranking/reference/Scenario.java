package io.plrlive.ranking.reference;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * A generated stream of captured rows as it arrives at the aggregator.
 *
 * @param delivered the rows in delivery order, duplicates included
 * @param lateParticipantDuplicates whether a participant event is delivered again after
 * its session's close (the aggregator dead-letters it), which only
 * {@link RankingScenarios#scenariosWithLateParticipantDuplicates()} generates
 */
public record Scenario(List<RowChange> delivered, boolean lateParticipantDuplicates) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	public Scenario {
		delivered = List.copyOf(delivered);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Scenario of " + this.delivered.size() + " deliveries"
				+ (this.lateParticipantDuplicates ? ", with late participant duplicates" : "") + ":");
		for (int index = 0; index < this.delivered.size(); index++) {
			text.append(String.format("%n%4d  %s", index, describe(this.delivered.get(index))));
		}
		return text.toString();
	}

	/**
	 * One row change on one line, times of day in UTC.
	 * @param change the row change
	 * @return its description
	 */
	static String describe(RowChange change) {
		if (change instanceof StudentChanged student) {
			return String.format("student     %d v%d %s '%s'%s", student.userId(), student.version(), student.handle(),
					student.displayName(), student.deleted() ? " DELETED" : "");
		}
		if (change instanceof LiveSessionChanged session) {
			return String.format("session     %d v%d course %d/%d '%s' opened %s %s%s", session.sessionId(),
					session.version(), session.courseId(), session.courseInstanceId(), session.assessmentTitle(),
					time(session.openedAt()),
					(session.closedAt() != null) ? "closed " + time(session.closedAt()) : "open",
					session.deleted() ? " DELETED" : "");
		}
		if (change instanceof ParticipantChanged participant) {
			return String.format("participant %d v%d session %d user %d points %d joined %s changed %s (%d s)%s",
					participant.participantId(), participant.version(), participant.sessionId(), participant.userId(),
					participant.points(), time(participant.joinedAt()), time(participant.pointsChangedAt()),
					participant.duration().toSeconds(), participant.deleted() ? " DELETED" : "");
		}
		return change.toString();
	}

	private static String time(Instant instant) {
		return TIME.format(instant);
	}

}
