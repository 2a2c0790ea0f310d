package io.plrlive.ranking.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * The final state of the rows: the highest version per row type and key, whatever the
 * delivery order and however many duplicates. A participant event with negative points is
 * rejected (dead-lettered) and so never becomes a row's state.
 */
final class LatestRows {

	private final Map<Long, StudentChanged> students = new HashMap<>();

	private final Map<Long, LiveSessionChanged> sessions = new HashMap<>();

	private final Map<Long, ParticipantChanged> participants = new HashMap<>();

	private LatestRows() {
	}

	static LatestRows of(List<RowChange> delivered) {
		LatestRows rows = new LatestRows();
		delivered.forEach(rows::keep);
		return rows;
	}

	private void keep(RowChange change) {
		if (change instanceof StudentChanged student) {
			keepLatest(this.students, student);
		}
		else if (change instanceof LiveSessionChanged session) {
			keepLatest(this.sessions, session);
		}
		else if (change instanceof ParticipantChanged participant && participant.points() >= 0) {
			keepLatest(this.participants, participant);
		}
	}

	private static <T extends RowChange> void keepLatest(Map<Long, T> latest, T change) {
		latest.merge(change.key(), change, (kept, candidate) -> candidate.supersedes(kept) ? candidate : kept);
	}

	/**
	 * Sessions whose latest row is not a deletion.
	 * @return the sessions, in no particular order
	 */
	List<LiveSessionChanged> sessions() {
		return this.sessions.values().stream().filter((session) -> !session.deleted()).toList();
	}

	/**
	 * The live participants of a session: latest row not deleted.
	 * @param sessionId the session
	 * @return its participants, in no particular order
	 */
	List<ParticipantChanged> participantsOf(long sessionId) {
		return this.participants.values()
			.stream()
			.filter((participant) -> participant.sessionId() == sessionId && !participant.deleted())
			.toList();
	}

	/**
	 * The latest row of a student; a deleted student keeps the name of that row.
	 * @param userId the student
	 * @return the student's latest row
	 * @throws IllegalStateException if no row of the student was delivered
	 */
	StudentChanged student(long userId) {
		StudentChanged student = this.students.get(userId);
		if (student == null) {
			throw new IllegalStateException("No StudentChanged was delivered for user " + userId
					+ ", who takes part in a session; scenarios must deliver every student");
		}
		return student;
	}

}
