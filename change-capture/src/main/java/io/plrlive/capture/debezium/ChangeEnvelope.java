package io.plrlive.capture.debezium;

import java.time.Instant;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.plrlive.capture.mapping.CapturePath;
import io.plrlive.capture.mapping.CapturedRow;
import io.plrlive.capture.mapping.RowOperation;
import io.plrlive.capture.mapping.UnmappableRowException;

/**
 * Reads Debezium's change envelope (JSON without schemas): {@code before}, {@code after},
 * {@code source} and {@code op}. Records that are not row changes (heartbeats, logical
 * decoding messages, tombstones) read as empty.
 */
final class ChangeEnvelope {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChangeEnvelope() {
	}

	/**
	 * Reads one record value.
	 * @param value the record's value, or {@code null} for a tombstone
	 * @return the captured row, or empty if the record is not a row change
	 * @throws UnmappableRowException if the value is not a readable envelope
	 */
	static Optional<CapturedRow> read(String value) {
		if (value == null) {
			return Optional.empty();
		}
		JsonNode envelope;
		try {
			envelope = JSON.readTree(value);
		}
		catch (JacksonException ex) {
			throw new UnmappableRowException("Change envelope is not JSON: " + ex.getOriginalMessage(), ex);
		}
		RowOperation operation = operation(envelope.path("op").asString(""));
		if (operation == null) {
			return Optional.empty();
		}
		JsonNode source = envelope.path("source");
		JsonNode row = (operation == RowOperation.DELETE) ? envelope.get("before") : envelope.get("after");
		String position = source.has("lsn") ? "lsn " + source.path("lsn").asString() : null;
		Instant committedAt = source.path("ts_ms").canConvertToLong()
				? Instant.ofEpochMilli(source.path("ts_ms").longValue()) : Instant.now();
		return Optional.of(new CapturedRow(source.path("table").asString(null), operation, row, CapturePath.CDC,
				position, committedAt));
	}

	private static RowOperation operation(String op) {
		return switch (op) {
			case "c" -> RowOperation.INSERT;
			case "u" -> RowOperation.UPDATE;
			case "d" -> RowOperation.DELETE;
			case "r" -> RowOperation.SNAPSHOT;
			default -> null;
		};
	}

}
