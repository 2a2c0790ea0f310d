package io.plrlive.contracts.board;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The full current state of one board, the value of the compacted scores topic. Each
 * snapshot replaces the previous one; {@code version} grows with every snapshot of the
 * board.
 *
 * @param boardId the board, e.g. {@code live:12}
 * @param kind kind of board
 * @param courseId course the board belongs to
 * @param courseInstanceId course instance, or {@code null} for all-time boards
 * @param sessionId session shown on a live board, or {@code null} when there is none (and
 * on other boards)
 * @param sessionTitle title of that session's assessment, or {@code null}
 * @param finalStandings whether a live board shows a closed session's final standings
 * @param version snapshot version, increasing per board
 * @param generatedAt when the snapshot was computed
 * @param participantCount number of entries on the board
 * @param entries rows in board order
 */
public record BoardSnapshot(String boardId, BoardKind kind, long courseId, Long courseInstanceId, Long sessionId,
		String sessionTitle, boolean finalStandings, long version, Instant generatedAt, int participantCount,
		List<BoardEntry> entries) {

	public BoardSnapshot {
		Objects.requireNonNull(boardId, "boardId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(generatedAt, "generatedAt");
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1 but was " + version);
		}
		entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
		if (participantCount != entries.size()) {
			throw new IllegalArgumentException(
					"participantCount " + participantCount + " differs from the " + entries.size() + " entries");
		}
	}

}
