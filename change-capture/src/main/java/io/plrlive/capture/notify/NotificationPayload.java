package io.plrlive.capture.notify;

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
 * Reads the payload that the PLR trigger {@code plr_notify_change} sends:
 * {@code {"table", "op", "at", "row"}}, with {@code "truncated": true} and only the key
 * when the row would not fit in a notification.
 */
final class NotificationPayload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NotificationPayload() {
	}

	/**
	 * Reads one payload.
	 * @param payload the notification's payload
	 * @return the captured row, or empty for a truncated notification, which logical
	 * replication delivers whole
	 * @throws UnmappableRowException if the payload is not a PLR change notification
	 */
	static Optional<CapturedRow> read(String payload) {
		JsonNode change;
		try {
			change = JSON.readTree(payload);
		}
		catch (JacksonException ex) {
			throw new UnmappableRowException("Notification payload is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (!change.isObject()) {
			throw new UnmappableRowException("Notification payload is not a JSON object");
		}
		if (change.path("truncated").asBoolean(false)) {
			return Optional.empty();
		}
		return Optional.of(new CapturedRow(text(change, "table"), operation(text(change, "op")), change.get("row"),
				CapturePath.NOTIFY, null, madeAt(change)));
	}

	private static String text(JsonNode change, String field) {
		JsonNode value = change.get(field);
		if (value == null || !value.isString()) {
			throw new UnmappableRowException("Notification payload has no text field '" + field + "'");
		}
		return value.stringValue();
	}

	private static RowOperation operation(String op) {
		return switch (op) {
			case "INSERT" -> RowOperation.INSERT;
			case "UPDATE" -> RowOperation.UPDATE;
			case "DELETE" -> RowOperation.DELETE;
			default -> throw new UnmappableRowException("Notification payload has unknown operation '" + op + "'");
		};
	}

	private static Instant madeAt(JsonNode change) {
		JsonNode at = change.get("at");
		return (at != null && at.canConvertToLong()) ? Instant.ofEpochMilli(at.longValue()) : Instant.now();
	}

}
