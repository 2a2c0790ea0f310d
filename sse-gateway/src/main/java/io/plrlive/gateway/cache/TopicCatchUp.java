package io.plrlive.gateway.cache;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the reader has reached the end offsets the topics had when it started: until
 * then the cache may serve old snapshots, and the replica is not ready.
 */
final class TopicCatchUp {

	private final Map<TopicPartition, Long> remaining = new HashMap<>();

	private volatile boolean caughtUp;

	void start(Map<TopicPartition, Long> endOffsets) {
		this.remaining.clear();
		endOffsets.forEach((partition, end) -> {
			if (end > 0) {
				this.remaining.put(partition, end);
			}
		});
		this.caughtUp = this.remaining.isEmpty();
	}

	void advance(Consumer<?, ?> consumer) {
		if (this.caughtUp) {
			return;
		}
		// Positions are past transaction markers too; under read_committed, the end
		// offsets at start are the last stable offsets.
		this.remaining.entrySet().removeIf((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
		this.caughtUp = this.remaining.isEmpty();
	}

	boolean caughtUp() {
		return this.caughtUp;
	}

}
