package io.plrlive.capture.mapping;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowChangeMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RowChangeMapper mapper = new RowChangeMapper();

	@Test
	void mapsAParticipantRowAsTheTriggerWritesIt() {
		RowChangeMapper.MappedChange mapped = this.mapper.map(row("plr_participants", RowOperation.UPDATE, """
				{"id": 7, "session_id": 3, "course_id": 1, "course_instance_id": 2, "user_id": 42, "points": 4500,
				 "joined_at": "2026-12-03T17:33:31.123456+00:00", "points_changed_at": "2026-12-03T18:33:41.5+01:00",
				 "version": 4}"""));

		assertThat(mapped.table()).isEqualTo(CapturedTable.PARTICIPANTS);
		assertThat(mapped.key()).isEqualTo("7");
		assertThat(mapped.change()).isEqualTo(new ParticipantChanged(7, 3, 1, 2, 42, 4500,
				Instant.parse("2026-12-03T17:33:31.123456Z"), Instant.parse("2026-12-03T17:33:41.5Z"), 4, false));
	}

	@Test
	void mapsASessionRowAsDebeziumWritesIt() {
		RowChangeMapper.MappedChange mapped = this.mapper.map(row("plr_live_sessions", RowOperation.SNAPSHOT, """
				{"id": 3, "course_id": 1, "course_instance_id": 2, "assessment_id": 9, "assessment_title": "Quiz 1",
				 "opened_at": "2026-12-03T17:00:00.000001Z", "opened_by": null, "closed_at": null, "closed_by": null,
				 "version": 1}"""));

		assertThat(mapped.change()).isEqualTo(new LiveSessionChanged(3, 1, 2, 9, "Quiz 1",
				Instant.parse("2026-12-03T17:00:00.000001Z"), null, 1, false));
	}

	@Test
	void mapsStudentsAndEnrollments() {
		assertThat(this.mapper.map(row("plr_students", RowOperation.INSERT,
				"""
						{"user_id": 42, "handle": "h4nd13", "display_name": "Curious Otter 12", "version": 1, "updated_at": "2026-12-03T17:00:00Z"}"""))
			.change()).isEqualTo(new StudentChanged(42, "h4nd13", "Curious Otter 12", 1, false));
		assertThat(this.mapper.map(row("plr_enrollments", RowOperation.INSERT, """
				{"id": 5, "user_id": 42, "course_id": 1, "course_instance_id": 2, "version": 1}""")).change())
			.isEqualTo(new EnrollmentChanged(5, 42, 1, 2, 1, false));
	}

	@Test
	void aDeletionSupersedesTheDeletedRowsVersion() {
		RowChangeMapper.MappedChange mapped = this.mapper.map(row("plr_enrollments", RowOperation.DELETE, """
				{"id": 5, "user_id": 42, "course_id": 1, "course_instance_id": 2, "version": 3}"""));

		assertThat(mapped.change()).isEqualTo(new EnrollmentChanged(5, 42, 1, 2, 4, true));
	}

	@Test
	void refusesWhatIsNotACapturedRowWithTheReason() {
		assertThatThrownBy(() -> this.mapper.map(row("plr_trigger_faults", RowOperation.INSERT, "{\"id\": 1}")))
			.isInstanceOf(UnmappableRowException.class)
			.hasMessage("Table plr_trigger_faults is not captured");
		assertThatThrownBy(() -> this.mapper.map(row("plr_enrollments", RowOperation.INSERT,
				"{\"user_id\": 42, \"course_id\": 1, \"course_instance_id\": 2, \"version\": 1}")))
			.hasMessage("Column plr_enrollments.id is missing or null");
		assertThatThrownBy(() -> this.mapper.map(row("plr_enrollments", RowOperation.INSERT,
				"{\"id\": \"five\", \"user_id\": 42, \"course_id\": 1, \"course_instance_id\": 2, \"version\": 1}")))
			.hasMessage("Column plr_enrollments.id is \"five\", expected a 64-bit integer");
		assertThatThrownBy(() -> this.mapper.map(row("plr_enrollments", RowOperation.INSERT,
				"{\"id\": 5, \"user_id\": 42, \"course_id\": 1, \"course_instance_id\": 2, \"version\": 0}")))
			.hasMessage("Row of plr_enrollments breaks the event contract: version must be at least 1 but was 0");
		assertThatThrownBy(() -> this.mapper.map(row("plr_live_sessions", RowOperation.INSERT, """
				{"id": 3, "course_id": 1, "course_instance_id": 2, "assessment_id": 9, "assessment_title": "Quiz",
				 "opened_at": "yesterday", "closed_at": null, "version": 1}""")))
			.hasMessage("Column plr_live_sessions.opened_at is \"yesterday\", expected a timestamp with time zone");
		assertThatThrownBy(() -> this.mapper
			.map(new CapturedRow("plr_students", RowOperation.INSERT, null, CapturePath.NOTIFY, null, Instant.now())))
			.hasMessage("Change of plr_students carries no row");
	}

	private static CapturedRow row(String table, RowOperation operation, String json) {
		JsonNode row = JSON.readTree(json);
		return new CapturedRow(table, operation, row, CapturePath.NOTIFY, null, Instant.now());
	}

}
