package io.plrlive.ranking.board;

import java.util.Objects;

import io.plrlive.contracts.board.BoardId;

/**
 * What a board is, apart from its entries: its id and scope, and for a live board the
 * session it shows.
 *
 * @param id the board id
 * @param courseId the course
 * @param courseInstanceId the course instance, {@code null} on all-time boards
 * @param sessionId the session shown on a live board, otherwise {@code null}
 * @param sessionTitle the title of that session's assessment, otherwise {@code null}
 * @param finalStandings whether a live board shows the final standings of a closed
 * session
 */
public record BoardHeader(BoardId id, long courseId, Long courseInstanceId, Long sessionId, String sessionTitle,
		boolean finalStandings) {

	public BoardHeader {
		Objects.requireNonNull(id, "id");
	}

	/**
	 * The header of a seasonal board.
	 * @param courseId the course
	 * @param courseInstanceId the course instance
	 * @return the header
	 */
	public static BoardHeader seasonal(long courseId, long courseInstanceId) {
		return new BoardHeader(BoardId.seasonal(courseInstanceId), courseId, courseInstanceId, null, null, false);
	}

	/**
	 * The header of an all-time board.
	 * @param courseId the course
	 * @return the header
	 */
	public static BoardHeader allTime(long courseId) {
		return new BoardHeader(BoardId.allTime(courseId), courseId, null, null, null, false);
	}

}
