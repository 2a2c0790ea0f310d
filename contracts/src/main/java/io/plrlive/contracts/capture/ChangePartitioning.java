package io.plrlive.contracts.capture;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import org.apache.kafka.common.utils.Utils;

/**
 * Where a row change goes among its topic's partitions. The rows of one course (the
 * sessions, participants and enrollments of all its course instances) take the same
 * partition number on every change topic: the one that Kafka's default partitioner gives
 * the course id as a string key. So the score aggregator's Kafka Streams task that owns a
 * course reads that course's rows straight from the change topics, co-partitioned, with
 * no repartition topic and no second transaction in between. Student rows belong to no
 * course and go by key. Keys stay the row ids, so compaction is unchanged: a row never
 * changes its course.
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
		OptionalLong course = courseOf(change);
		if (course.isEmpty() || partitions < 1) {
			return null;
		}
		return partitionOfCourse(course.getAsLong(), partitions);
	}

	/**
	 * The partition number of a course's rows on a topic: the one that Kafka's default
	 * partitioner gives the course id as a string key.
	 * @param courseId the course
	 * @param partitions how many partitions the topic has, at least 1
	 * @return the partition
	 */
	public static int partitionOfCourse(long courseId, int partitions) {
		if (partitions < 1) {
			throw new IllegalArgumentException("A topic has at least 1 partition, not " + partitions);
		}
		byte[] scope = Long.toString(courseId).getBytes(StandardCharsets.UTF_8);
		return Utils.toPositive(Utils.murmur2(scope)) % partitions;
	}

	private static OptionalLong courseOf(RowChange change) {
		if (change instanceof ParticipantChanged participant) {
			return OptionalLong.of(participant.courseId());
		}
		if (change instanceof LiveSessionChanged session) {
			return OptionalLong.of(session.courseId());
		}
		if (change instanceof EnrollmentChanged enrollment) {
			return OptionalLong.of(enrollment.courseId());
		}
		return OptionalLong.empty();
	}

}
