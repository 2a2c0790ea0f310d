package io.plrlive.capture.debezium;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.plrlive.capture.mapping.CapturePath;
import io.plrlive.capture.mapping.CapturedRow;
import io.plrlive.capture.mapping.RowOperation;
import io.plrlive.capture.mapping.UnmappableRowException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeEnvelopeTests {

	private static final String SOURCE = """
			"source": {"connector": "postgresql", "name": "plr", "ts_ms": 1764783211000, "snapshot": "false",
			           "db": "plr", "schema": "public", "table": "plr_enrollments", "lsn": 24023128}""";

	@Test
	void anUpdateCarriesTheRowAfterTheChange() {
		CapturedRow row = ChangeEnvelope
			.read("{\"before\": {\"id\": 1, \"version\": 1}, \"after\": {\"id\": 1, " + "\"version\": 2}, " + SOURCE
					+ ", \"op\": \"u\", \"ts_ms\": 1764783211050}")
			.orElseThrow();

		assertThat(row.operation()).isEqualTo(RowOperation.UPDATE);
		assertThat(row.tableName()).isEqualTo("plr_enrollments");
		assertThat(row.row().path("version").asLong()).isEqualTo(2);
		assertThat(row.path()).isEqualTo(CapturePath.CDC);
		assertThat(row.position()).isEqualTo("lsn 24023128");
		assertThat(row.committedAt()).isEqualTo(Instant.ofEpochMilli(1764783211000L));
	}

	@Test
	void aDeletionCarriesTheRowBeforeIt() {
		CapturedRow row = ChangeEnvelope
			.read("{\"before\": {\"id\": 1, \"version\": 3}, \"after\": null, " + SOURCE + ", \"op\": \"d\"}")
			.orElseThrow();

		assertThat(row.operation()).isEqualTo(RowOperation.DELETE);
		assertThat(row.row().path("version").asLong()).isEqualTo(3);
	}

	@Test
	void snapshotReadsAreRowsToo() {
		assertThat(ChangeEnvelope.read("{\"before\": null, \"after\": {\"id\": 1}, " + SOURCE + ", \"op\": \"r\"}"))
			.hasValueSatisfying((row) -> assertThat(row.operation()).isEqualTo(RowOperation.SNAPSHOT));
	}

	@Test
	void heartbeatsMessagesAndTombstonesAreNotRows() {
		assertThat(ChangeEnvelope.read(null)).isEmpty();
		assertThat(ChangeEnvelope.read("{\"ts_ms\": 1764783211000}")).isEmpty();
		assertThat(ChangeEnvelope.read("{\"op\": \"m\", \"message\": {\"prefix\": \"plr-heartbeat\"}}")).isEmpty();
	}

	@Test
	void refusesGarbage() {
		assertThatThrownBy(() -> ChangeEnvelope.read("{oops")).isInstanceOf(UnmappableRowException.class)
			.hasMessageStartingWith("Change envelope is not JSON");
	}

}
