package io.plrlive.contracts.capture;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChangePartitioningTests {

	private static final Instant AT = Instant.parse("2026-09-01T10:00:00Z");

	@Test
	void putsEveryRowOfACourseOnTheSamePartitionNumber() {
		for (long course = 1; course <= 50; course++) {
			Integer coursePartition = null;
			for (long courseInstance = course * 10; courseInstance < course * 10 + 3; courseInstance++) {
				LiveSessionChanged session = new LiveSessionChanged(courseInstance * 7, course, courseInstance, 900,
						"Quiz", AT, null, 1, false);
				Integer sessionPartition = ChangePartitioning.partitionOf(session, 6);
				assertThat(sessionPartition).isBetween(0, 5);
				if (coursePartition == null) {
					coursePartition = sessionPartition;
				}
				assertThat(sessionPartition).isEqualTo(coursePartition);
				for (long userId = 1; userId <= 5; userId++) {
					ParticipantChanged participant = new ParticipantChanged(courseInstance * 1000 + userId,
							session.sessionId(), course, courseInstance, userId, 0, AT, AT, 1, false);
					assertThat(ChangePartitioning.partitionOf(participant, 6)).isEqualTo(coursePartition);
					EnrollmentChanged enrollment = new EnrollmentChanged(courseInstance * 1000 + userId, userId, course,
							courseInstance, 1, false);
					assertThat(ChangePartitioning.partitionOf(enrollment, 6)).isEqualTo(coursePartition);
				}
			}
		}
	}

	@Test
	void choosesThePartitionThatTheDefaultPartitionerGivesTheCourseIdAsKey() {
		for (long course = 1; course <= 200; course++) {
			byte[] key = Long.toString(course).getBytes(StandardCharsets.UTF_8);
			LiveSessionChanged session = new LiveSessionChanged(1, course, 5, 900, "Quiz", AT, null, 1, false);
			assertThat(ChangePartitioning.partitionOf(session, 7))
				.isEqualTo(BuiltInPartitioner.partitionForKey(key, 7));
		}
	}

	@Test
	void givesACourseTheSamePartitionNumberAsItsRows() {
		for (long course = 1; course <= 100; course++) {
			LiveSessionChanged session = new LiveSessionChanged(1, course, 5, 900, "Quiz", AT, null, 1, false);
			assertThat(ChangePartitioning.partitionOfCourse(course, 5))
				.isEqualTo(ChangePartitioning.partitionOf(session, 5));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> ChangePartitioning.partitionOfCourse(1, 0))
			.withMessageContaining("not 0");
	}

	@Test
	void spreadsCoursesOverThePartitions() {
		Set<Integer> used = new HashSet<>();
		for (long course = 1; course <= 100; course++) {
			used.add(ChangePartitioning
				.partitionOf(new LiveSessionChanged(course, course, 1, 900, "Quiz", AT, null, 1, false), 4));
		}
		assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
	}

	@Test
	void leavesStudentRowsToTheKey() {
		assertThat(ChangePartitioning.partitionOf(new StudentChanged(7, "h7", "Ada", 1, false), 4)).isNull();
	}

}
