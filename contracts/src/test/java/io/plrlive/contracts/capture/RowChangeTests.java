package io.plrlive.contracts.capture;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RowChange} and the captured rows.
 */
class RowChangeTests {

	private static final Instant JOINED = Instant.parse("2025-03-04T10:01:12.5Z");

	@Test
	void firstChangeOfAKeySupersedesNothing() {
		assertThat(student(1).supersedes(null)).isTrue();
	}

	@Test
	void higherVersionSupersedes() {
		assertThat(student(3).supersedes(student(2))).isTrue();
		assertThat(participant(8, false).supersedes(participant(7, false))).isTrue();
	}

	@Test
	void sameOrLowerVersionDoesNotSupersede() {
		assertThat(student(2).supersedes(student(2))).isFalse();
		assertThat(student(2).supersedes(student(3))).isFalse();
		assertThat(participant(7, false).supersedes(participant(8, true))).isFalse();
	}

	@Test
	void deletionSupersedesTheDeletedRowsLastVersion() {
		RowChange deletion = participant(8, true);
		assertThat(deletion.supersedes(participant(7, false))).isTrue();
		assertThat(participant(7, false).supersedes(deletion)).isFalse();
	}

	@Test
	void versionMustBeAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> student(0))
			.withMessage("version must be at least 1 but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new EnrollmentChanged(1, 2, 3, 4, -1, false))
			.withMessage("version must be at least 1 but was -1");
	}

	@Test
	void keyIsThePrimaryKey() {
		assertThat(student(1).key()).isEqualTo(5150);
		assertThat(participant(1, false).key()).isEqualTo(7001);
		assertThat(new EnrollmentChanged(880, 5150, 3, 12, 1, false).key()).isEqualTo(880);
		assertThat(session(null, false).key()).isEqualTo(41);
	}

	@Test
	void sessionIsOpenUntilClosedOrDeleted() {
		assertThat(session(null, false).open()).isTrue();
		assertThat(session(JOINED.plusSeconds(3000), false).open()).isFalse();
		assertThat(session(null, true).open()).isFalse();
	}

	@Test
	void participantDurationRunsFromJoiningToTheLastPointsChange() {
		assertThat(participant(1, false).duration()).isEqualTo(Duration.ofSeconds(815, 750_000_000));
	}

	@Test
	void everyCapturedTableMapsToTheTopicOfItsRows() {
		assertThat(CapturedTable.ofTableName("plr_participants")).contains(CapturedTable.PARTICIPANTS);
		assertThat(CapturedTable.PARTICIPANTS.topic().name()).isEqualTo("plr.participant-changes");
		assertThat(CapturedTable.NOTIFY_CHANNEL).isEqualTo("plr_changes");
		assertThat(CapturedTable.PUBLICATION).isEqualTo("plr_capture");
	}

	private static StudentChanged student(long version) {
		return new StudentChanged(5150, "Hx3kQ9", "Curious Capybara", version, false);
	}

	private static ParticipantChanged participant(long version, boolean deleted) {
		return new ParticipantChanged(7001, 41, 3, 12, 5150, 87500, JOINED, Instant.parse("2025-03-04T10:14:48.25Z"),
				version, deleted);
	}

	private static LiveSessionChanged session(Instant closedAt, boolean deleted) {
		return new LiveSessionChanged(41, 3, 12, 905, "Live quiz 4: recursion", JOINED, closedAt, 2, deleted);
	}

}
