package io.plrlive.ranking.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.session.FinalStanding;
import io.plrlive.contracts.session.SessionResults;

/**
 * The ranking rules of {@code docs/ranking.md} computed from scratch: from the final
 * state of the delivered rows, as if every closed session were finalized. Deliberately
 * simple and slow, so that it is obviously right; tests compare the aggregator with it.
 */
public final class ReferenceRanking {

	private ReferenceRanking() {
	}

	/**
	 * Computes what the aggregator should have published.
	 * @param delivered the captured rows as delivered, in any order, with duplicates
	 * @return the boards, session results and achievements
	 * @throws IllegalStateException if a participant's student was never delivered
	 */
	public static ReferenceOutcome compute(List<RowChange> delivered) {
		LatestRows rows = LatestRows.of(delivered);
		List<FinalizedSession> finalized = rows.sessions()
			.stream()
			.filter((session) -> session.closedAt() != null)
			.map((session) -> new FinalizedSession(session, standingsOf(rows, session.sessionId())))
			.sorted(FinalizedSession.FINALIZATION_ORDER)
			.toList();
		AchievementLedger ledger = new AchievementLedger();
		finalized.forEach((session) -> ledger.finalizeSession(historyUpTo(session, finalized)));
		Map<Long, SessionResults> results = finalized.stream()
			.collect(Collectors.toMap(FinalizedSession::sessionId, (session) -> results(session, delivered)));
		Map<String, ComparableBoard> boards = new ReferenceBoards(rows, finalized, ledger).boards();
		return new ReferenceOutcome(boards, results, ledger.counts(), ledger.events());
	}

	/**
	 * The participants of a session, ranked, with their current display names.
	 * @param rows the final state of the rows
	 * @param sessionId the session
	 * @return the standings in board order
	 */
	static List<Ranked> standingsOf(LatestRows rows, long sessionId) {
		return Ranked.rank(rows.participantsOf(sessionId).stream().map((row) -> contender(rows, row)).toList());
	}

	private static Contender contender(LatestRows rows, ParticipantChanged participant) {
		StudentChanged student = rows.student(participant.userId());
		return new Contender(student.handle(), student.displayName(), participant.points(),
				participant.duration().toMillis(), participant.pointsChangedAt());
	}

	private static List<FinalizedSession> historyUpTo(FinalizedSession session, List<FinalizedSession> finalized) {
		return finalized.stream()
			.filter((earlier) -> earlier.courseInstanceId() == session.courseInstanceId())
			.filter((earlier) -> FinalizedSession.FINALIZATION_ORDER.compare(earlier, session) <= 0)
			.toList();
	}

	private static SessionResults results(FinalizedSession session, List<RowChange> delivered) {
		Function<String, String> nameAtClose = (handle) -> nameAtClose(delivered, session.row(), handle);
		List<FinalStanding> standings = session.standings()
			.stream()
			.map((standing) -> new FinalStanding(standing.rank(), standing.handle(),
					nameAtClose.apply(standing.handle()), standing.points(), standing.durationMillis()))
			.toList();
		LiveSessionChanged row = session.row();
		return new SessionResults(row.sessionId(), row.courseId(), row.courseInstanceId(), row.assessmentId(),
				row.assessmentTitle(), row.openedAt(), row.closedAt(), standings.size(), standings);
	}

	/**
	 * The display name "when the session closed": that of the highest version of the
	 * student delivered before the session's first close event.
	 */
	private static String nameAtClose(List<RowChange> delivered, LiveSessionChanged session, String handle) {
		int closeIndex = firstCloseIndex(delivered, session.sessionId());
		return delivered.subList(0, closeIndex)
			.stream()
			.filter((change) -> change instanceof StudentChanged student && student.handle().equals(handle))
			.map(StudentChanged.class::cast)
			.max(Comparator.comparingLong(StudentChanged::version))
			.orElseThrow(() -> new IllegalStateException(
					"Student " + handle + " was first delivered after session " + session.sessionId() + " closed"))
			.displayName();
	}

	private static int firstCloseIndex(List<RowChange> delivered, long sessionId) {
		for (int index = 0; index < delivered.size(); index++) {
			if (delivered.get(index) instanceof LiveSessionChanged session && session.sessionId() == sessionId
					&& session.closedAt() != null) {
				return index;
			}
		}
		return delivered.size();
	}

}
