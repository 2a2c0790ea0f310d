package io.plrlive.contracts.capture;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangePartitioningTests {

	private static final Instant AT = Instant.parse("2026-09-01T10:00:00Z");

	@Test
	void putsASessionAndItsParticipantsOnTheSamePartitionNumber() {
		for (long courseInstance = 1; courseInstance <= 50; courseInstance++) {
			LiveSessionChanged session = new LiveSessionChanged(courseInstance * 7, 1, courseInstance, 900, "Quiz", AT,
					null, 1, false);
			Integer sessionPartition = ChangePartitioning.partitionOf(session, 6);
			assertThat(sessionPartition).isBetween(0, 5);
			for (long userId = 1; userId <= 5; userId++) {
				ParticipantChanged participant = new ParticipantChanged(courseInstance * 1000 + userId,
						session.sessionId(), 1, courseInstance, userId, 0, AT, AT, 1, false);
				assertThat(ChangePartitioning.partitionOf(participant, 6)).isEqualTo(sessionPartition);
			}
		}
	}

	@Test
	void spreadsCourseInstancesOverThePartitions() {
		Set<Integer> used = new HashSet<>();
		for (long courseInstance = 1; courseInstance <= 100; courseInstance++) {
			used.add(ChangePartitioning.partitionOf(
					new LiveSessionChanged(courseInstance, 1, courseInstance, 900, "Quiz", AT, null, 1, false), 4));
		}
		assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
	}

	@Test
	void leavesStudentRowsToTheKey() {
		assertThat(ChangePartitioning.partitionOf(new StudentChanged(7, "h7", "Ada", 1, false), 4)).isNull();
	}

}
