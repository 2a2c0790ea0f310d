package io.plrlive.ranking.reference;

import java.util.List;

import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.board.BoardSnapshot;

/**
 * A board snapshot without what depends on when and how often it was published
 * ({@code version}, {@code generatedAt}, {@code rankChange}) and without the redundant
 * {@code participantCount}: what the reference computation and the aggregator must agree
 * on.
 *
 * @param boardId board id text, e.g. {@code live:12}
 * @param kind kind of board
 * @param courseId course
 * @param courseInstanceId course instance, {@code null} on all-time boards
 * @param sessionId session shown on a live board, otherwise {@code null}
 * @param sessionTitle that session's assessment title, otherwise {@code null}
 * @param finalStandings whether a live board shows final standings
 * @param entries rows in board order
 */
public record ComparableBoard(String boardId, BoardKind kind, long courseId, Long courseInstanceId, Long sessionId,
		String sessionTitle, boolean finalStandings, List<ComparableEntry> entries) {

	public ComparableBoard {
		entries = List.copyOf(entries);
	}

	/**
	 * The comparable part of a published snapshot.
	 * @param snapshot the published snapshot
	 * @return the board as the reference computation describes it
	 */
	public static ComparableBoard of(BoardSnapshot snapshot) {
		List<ComparableEntry> entries = snapshot.entries().stream().map(ComparableEntry::of).toList();
		return new ComparableBoard(snapshot.boardId(), snapshot.kind(), snapshot.courseId(),
				snapshot.courseInstanceId(), snapshot.sessionId(), snapshot.sessionTitle(), snapshot.finalStandings(),
				entries);
	}

}
