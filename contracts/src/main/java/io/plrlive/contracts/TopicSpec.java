package io.plrlive.contracts;

import java.util.Objects;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with its key and value serdes, what its records are partitioned by and
 * its cleanup policy. Producers, consumers, Kafka Streams topologies and topic
 * declarations all read topics from {@link Topics} instead of repeating names.
 *
 * @param <K> key type
 * @param <V> value type
 * @param name topic name, kebab-case with the {@code plr.} prefix
 * @param keySerde serde of the record key
 * @param valueSerde serde of the record value
 * @param partitionKey what the record key is, and so what the topic is partitioned by
 * @param cleanupPolicy compacted (current state per key) or delete (event log)
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, String partitionKey,
		CleanupPolicy cleanupPolicy) {

	public TopicSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(keySerde, "keySerde");
		Objects.requireNonNull(valueSerde, "valueSerde");
		Objects.requireNonNull(partitionKey, "partitionKey");
		Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
	}

	/**
	 * Whether the topic keeps only the latest record per key.
	 * @return {@code true} for a compacted topic
	 */
	public boolean compacted() {
		return this.cleanupPolicy == CleanupPolicy.COMPACT;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
