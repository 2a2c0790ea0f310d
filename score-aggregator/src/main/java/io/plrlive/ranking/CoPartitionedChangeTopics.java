package io.plrlive.ranking;

import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import io.plrlive.contracts.Topics;

/**
 * Refuses to start the streams client when the session and participant change topics have
 * different partition counts: a course's rows would then land in different tasks and its
 * boards would be wrong. Runs after the topics are declared and before the client starts.
 */
@Component
class CoPartitionedChangeTopics implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CoPartitionedChangeTopics.class);

	private final KafkaAdmin admin;

	private final int phase;

	private volatile boolean running;

	CoPartitionedChangeTopics(KafkaAdmin admin, StreamsBuilderFactoryBean streams) {
		this.admin = admin;
		this.phase = streams.getPhase() - 1;
	}

	@Override
	public void start() {
		Map<String, Integer> partitions = new TreeMap<>();
		this.admin.describeTopics(Topics.LIVE_SESSION_CHANGES.name(), Topics.PARTICIPANT_CHANGES.name())
			.forEach((topic, description) -> partitions.put(topic, partitionsOf(description)));
		if (partitions.values().stream().distinct().count() > 1) {
			throw new IllegalStateException("The change topics must have the same number of partitions, since each "
					+ "course's rows take the same partition number on both, but they have " + partitions
					+ ": give them equal partition counts");
		}
		log.info("Change topics co-partitioned: {}", partitions);
		this.running = true;
	}

	private static int partitionsOf(TopicDescription description) {
		return description.partitions().size();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the streams client, which starts in the factory bean's phase. */
	@Override
	public int getPhase() {
		return this.phase;
	}

}
