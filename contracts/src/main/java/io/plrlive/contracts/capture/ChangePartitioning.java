package io.plrlive.contracts.capture;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import org.apache.kafka.common.utils.Utils;

/**
 * Where a row change goes among its topic's partitions. The rows of one course instance
 * (its sessions, participants and enrollments) take the same partition number on every
 * change topic, so a consumer that reads the change topics co-partitioned, as the score
 * aggregator's Kafka Streams tasks do, sees a session and its participants in one task
 * and in commit order, even when instances are added or fail. Student rows belong to no
 * course instance and go by key. Keys stay the row ids, so compaction is unchanged: a row
 * never changes its course instance.
 */
public final class ChangePartitioning {

	private ChangePartitioning() {
	}

	/**
	 * The partition of a change.
	 * @param change the row change
	 * @param partitions how many partitions its topic has
	 * @return the partition, or {@code null} to let the producer choose by key
	 */
	public static Integer partitionOf(RowChange change, int partitions) {
		OptionalLong courseInstance = courseInstanceOf(change);
		if (courseInstance.isEmpty() || partitions < 1) {
			return null;
		}
		byte[] scope = Long.toString(courseInstance.getAsLong()).getBytes(StandardCharsets.UTF_8);
		return Utils.toPositive(Utils.murmur2(scope)) % partitions;
	}

	private static OptionalLong courseInstanceOf(RowChange change) {
		if (change instanceof ParticipantChanged participant) {
			return OptionalLong.of(participant.courseInstanceId());
		}
		if (change instanceof LiveSessionChanged session) {
			return OptionalLong.of(session.courseInstanceId());
		}
		if (change instanceof EnrollmentChanged enrollment) {
			return OptionalLong.of(enrollment.courseInstanceId());
		}
		return OptionalLong.empty();
	}

}
