package io.plrlive.ranking.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.capture.LiveSessionChanged;

/**
 * Builds the live, seasonal and all-time boards that should exist once every closed
 * session is finalized.
 */
final class ReferenceBoards {

	private static final Comparator<LiveSessionChanged> OPENING_ORDER = Comparator
		.comparing(LiveSessionChanged::openedAt)
		.thenComparingLong(LiveSessionChanged::sessionId);

	private final LatestRows rows;

	private final List<FinalizedSession> finalized;

	private final AchievementLedger ledger;

	ReferenceBoards(LatestRows rows, List<FinalizedSession> finalized, AchievementLedger ledger) {
		this.rows = rows;
		this.finalized = finalized;
		this.ledger = ledger;
	}

	/**
	 * Every board, by board id text.
	 * @return the boards
	 */
	Map<String, ComparableBoard> boards() {
		Map<String, ComparableBoard> boards = new TreeMap<>();
		this.rows.sessions()
			.stream()
			.collect(Collectors.groupingBy(LiveSessionChanged::courseInstanceId))
			.values()
			.forEach((sessions) -> add(boards, liveBoard(sessions)));
		this.finalized.stream()
			.collect(Collectors.groupingBy(FinalizedSession::courseInstanceId))
			.forEach((courseInstanceId, sessions) -> add(boards, seasonalBoard(courseInstanceId, sessions)));
		this.finalized.stream()
			.collect(Collectors.groupingBy(FinalizedSession::courseId))
			.forEach((courseId, sessions) -> add(boards, allTimeBoard(courseId, sessions)));
		return boards;
	}

	private static void add(Map<String, ComparableBoard> boards, ComparableBoard board) {
		boards.put(board.boardId(), board);
	}

	private ComparableBoard liveBoard(List<LiveSessionChanged> sessionsOfInstance) {
		LiveSessionChanged shown = shownOnLiveBoard(sessionsOfInstance);
		long courseInstanceId = shown.courseInstanceId();
		List<ComparableEntry> entries = ReferenceRanking.standingsOf(this.rows, shown.sessionId())
			.stream()
			.map((standing) -> entry(standing, Set.of(courseInstanceId), null))
			.toList();
		return new ComparableBoard(BoardId.live(courseInstanceId).toString(), BoardKind.LIVE, shown.courseId(),
				courseInstanceId, shown.sessionId(), shown.assessmentTitle(), shown.closedAt() != null, entries);
	}

	/**
	 * The open session if there is one, otherwise the last finalized session.
	 */
	private static LiveSessionChanged shownOnLiveBoard(List<LiveSessionChanged> sessionsOfInstance) {
		List<LiveSessionChanged> open = sessionsOfInstance.stream().filter(LiveSessionChanged::open).toList();
		if (!open.isEmpty()) {
			return open.stream().max(OPENING_ORDER).orElseThrow();
		}
		return sessionsOfInstance.stream()
			.max(Comparator.comparing(LiveSessionChanged::closedAt).thenComparingLong(LiveSessionChanged::sessionId))
			.orElseThrow();
	}

	private ComparableBoard seasonalBoard(long courseInstanceId, List<FinalizedSession> sessions) {
		List<ComparableEntry> entries = Ranked.rank(contenders(Total.sum(sessions)))
			.stream()
			.map((standing) -> entry(standing, Set.of(courseInstanceId), null))
			.toList();
		return new ComparableBoard(BoardId.seasonal(courseInstanceId).toString(), BoardKind.SEASONAL,
				sessions.get(0).courseId(), courseInstanceId, null, null, false, entries);
	}

	private ComparableBoard allTimeBoard(long courseId, List<FinalizedSession> sessions) {
		Map<String, Total> totals = Total.sum(sessions);
		Set<Long> courseInstanceIds = sessions.stream()
			.map(FinalizedSession::courseInstanceId)
			.collect(Collectors.toSet());
		List<ComparableEntry> entries = Ranked.rank(contenders(totals))
			.stream()
			.map((standing) -> entry(standing, courseInstanceIds, totals.get(standing.handle()).seasons()))
			.toList();
		return new ComparableBoard(BoardId.allTime(courseId).toString(), BoardKind.ALL_TIME, courseId, null, null, null,
				false, entries);
	}

	private static List<Contender> contenders(Map<String, Total> totals) {
		return totals.values().stream().map(Total::contender).toList();
	}

	private ComparableEntry entry(Ranked standing, Set<Long> courseInstanceIds, Integer seasons) {
		Contender contender = standing.contender();
		return new ComparableEntry(standing.rank(), contender.handle(), contender.displayName(), contender.points(),
				contender.durationMillis(), this.ledger.badges(courseInstanceIds, contender.handle()), seasons);
	}

}
