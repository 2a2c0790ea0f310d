package io.plrlive.contracts.capture;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CapturedTableTests {

	private static final Instant AT = Instant.parse("2026-09-01T10:00:00Z");

	private final StudentChanged student = new StudentChanged(7, "h7", "Ada", 3, false);

	private final ParticipantChanged participant = new ParticipantChanged(70, 5, 1, 11, 7, 2500, AT, AT.plusSeconds(90),
			2, false);

	@Test
	void namesTheTableOfEachKindOfRow() {
		assertThat(CapturedTable.of(this.student)).isEqualTo(CapturedTable.STUDENTS);
		assertThat(CapturedTable.of(this.participant)).isEqualTo(CapturedTable.PARTICIPANTS);
		assertThat(CapturedTable.of(new LiveSessionChanged(5, 1, 11, 900, "Quiz", AT, null, 1, false)))
			.isEqualTo(CapturedTable.LIVE_SESSIONS);
	}

	@Test
	void serializesARowAsItsTopicReadsIt() {
		byte[] json = CapturedTable.PARTICIPANTS.serialize(this.participant);
		String topic = CapturedTable.PARTICIPANTS.topic().name();
		assertThat(CapturedTable.PARTICIPANTS.topic().valueSerde().deserializer().deserialize(topic, json))
			.isEqualTo(this.participant);
	}

	@Test
	void refusesARowOfAnotherTable() {
		assertThatIllegalArgumentException().isThrownBy(() -> CapturedTable.PARTICIPANTS.serialize(this.student))
			.withMessageContaining("StudentChanged")
			.withMessageContaining("plr_participants");
	}

}
