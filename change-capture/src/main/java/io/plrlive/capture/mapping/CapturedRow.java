package io.plrlive.capture.mapping;

import java.time.Instant;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A changed row as one capture path received it, before mapping: the table, the
 * operation, the row's columns as JSON (the state after the change, or before a deletion)
 * and where it came from.
 *
 * @param tableName table name as the source names it
 * @param operation what happened
 * @param row the row's columns by name
 * @param path the capture path that received it
 * @param position position in the source, e.g. {@code lsn 0/1A2B3C}, or {@code null} if
 * the source has none
 * @param committedAt when the change was committed (or, for NOTIFY, made), for the lag
 * metric
 */
public record CapturedRow(String tableName, RowOperation operation, JsonNode row, CapturePath path, String position,
		Instant committedAt) {

	public CapturedRow {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(committedAt, "committedAt");
	}

	/**
	 * Where the row came from, as dead letters name it.
	 * @return e.g. {@code notify:plr_participants} or {@code cdc:plr_students}
	 */
	public String source() {
		return this.path.label() + ":" + this.tableName;
	}

}
