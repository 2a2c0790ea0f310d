package io.plrlive.ranking.topology;

import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.apache.kafka.streams.processor.StreamPartitioner;

import io.plrlive.contracts.capture.ChangePartitioning;

/**
 * Sends a course's publications (snapshots, results, achievements) to the partition
 * number that the course's rows have on the change topics, which is the partition of the
 * task that publishes them. With as many partitions as the change topics, each partition
 * of an output topic then has one writer, and a {@code read_committed} reader sees a
 * record as soon as that task's transaction commits: when tasks of two stream threads
 * write to one partition, a record stays invisible until every transaction that began
 * writing there before it has ended too. Keys keep their partition, so compaction is
 * unaffected.
 *
 * @param <V> the published value
 */
final class CoursePartition<V> implements StreamPartitioner<String, V> {

	private final ToLongFunction<V> courseOf;

	CoursePartition(ToLongFunction<V> courseOf) {
		this.courseOf = courseOf;
	}

	@Override
	public Optional<Set<Integer>> partitions(String topic, String key, V value, int numPartitions) {
		return Optional
			.of(Set.of(ChangePartitioning.partitionOfCourse(this.courseOf.applyAsLong(value), numPartitions)));
	}

}
