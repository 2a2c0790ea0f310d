package io.plrlive.capture.notify;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.plrlive.capture.mapping.CapturePath;
import io.plrlive.capture.mapping.CapturedRow;
import io.plrlive.capture.mapping.RowOperation;
import io.plrlive.capture.mapping.UnmappableRowException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationPayloadTests {

	@Test
	void readsTheTriggersPayload() {
		CapturedRow row = NotificationPayload
			.read("{\"table\": \"plr_students\", \"op\": \"DELETE\", \"at\": 1764783211123, \"row\": {\"user_id\": 4}}")
			.orElseThrow();

		assertThat(row.tableName()).isEqualTo("plr_students");
		assertThat(row.operation()).isEqualTo(RowOperation.DELETE);
		assertThat(row.row().path("user_id").asLong()).isEqualTo(4);
		assertThat(row.path()).isEqualTo(CapturePath.NOTIFY);
		assertThat(row.committedAt()).isEqualTo(Instant.ofEpochMilli(1764783211123L));
		assertThat(row.source()).isEqualTo("notify:plr_students");
	}

	@Test
	void aTruncatedNotificationIsLeftToLogicalReplication() {
		assertThat(NotificationPayload
			.read("{\"table\": \"plr_students\", \"op\": \"UPDATE\", \"truncated\": true, \"row\": {\"user_id\": 4}}"))
			.isEmpty();
	}

	@Test
	void refusesGarbageWithTheReason() {
		assertThatThrownBy(() -> NotificationPayload.read("not json")).isInstanceOf(UnmappableRowException.class)
			.hasMessageStartingWith("Notification payload is not JSON");
		assertThatThrownBy(() -> NotificationPayload.read("[1, 2]"))
			.hasMessage("Notification payload is not a JSON object");
		assertThatThrownBy(() -> NotificationPayload.read("{\"op\": \"INSERT\", \"row\": {}}"))
			.hasMessage("Notification payload has no text field 'table'");
		assertThatThrownBy(() -> NotificationPayload.read("{\"table\": \"plr_students\", \"op\": \"MERGE\"}"))
			.hasMessage("Notification payload has unknown operation 'MERGE'");
	}

}
