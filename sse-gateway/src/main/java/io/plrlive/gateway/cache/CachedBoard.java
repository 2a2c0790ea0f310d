package io.plrlive.gateway.cache;

import java.time.Instant;
import java.util.Objects;

import io.plrlive.contracts.board.BoardId;

/**
 * The latest snapshot of one board, kept as the JSON document every subscriber receives:
 * serialised once, whatever the number of subscribers.
 *
 * @param id the board
 * @param courseId the course it belongs to
 * @param courseInstanceId its course instance, or {@code null} for an all-time board
 * @param version the snapshot's version
 * @param json the snapshot as one line of UTF-8 JSON
 * @param appendedAt when the snapshot reached the scores topic
 */
public record CachedBoard(BoardId id, long courseId, Long courseInstanceId, long version, byte[] json,
		Instant appendedAt) {

	public CachedBoard {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(json, "json");
		Objects.requireNonNull(appendedAt, "appendedAt");
	}

}
