package io.plrlive.ranking.topology;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Routes course events: a session or participant row to the partition of its course (by
 * key), a student row to every partition, because every task may show that student.
 */
final class CourseEventPartitioner implements StreamPartitioner<String, CourseEvent> {

	@Override
	public Optional<Set<Integer>> partitions(String topic, String key, CourseEvent event, int numPartitions) {
		if (event instanceof CourseEvent.Student) {
			return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
		}
		// Empty: the default partitioner, by the hash of the course key.
		return Optional.empty();
	}

}
