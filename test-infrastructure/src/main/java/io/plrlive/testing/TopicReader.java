package io.plrlive.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import io.plrlive.contracts.TopicSpec;

/**
 * Reads one topic from the beginning with the topic's own serdes and keeps every record
 * it has seen, for tests that wait (with Awaitility) until what they expect has arrived.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class TopicReader<K, V> implements AutoCloseable {

	private final KafkaConsumer<K, V> consumer;

	private final List<ConsumerRecord<K, V>> records = new ArrayList<>();

	public TopicReader(KafkaBroker broker, TopicSpec<K, V> topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				// Only what transactional producers committed, as downstream consumers
				// see it.
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), topic.keySerde().deserializer(),
				topic.valueSerde().deserializer());
		this.consumer.subscribe(List.of(topic.name()));
	}

	/**
	 * Polls once more and returns every record read so far, in topic order.
	 * @return the records
	 */
	public List<ConsumerRecord<K, V>> records() {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
		return List.copyOf(this.records);
	}

	/**
	 * Polls once more and returns the values read so far for one key, in topic order.
	 * @param key the record key
	 * @return the values, {@code null} for tombstones
	 */
	public List<V> values(K key) {
		return records().stream().filter((record) -> key.equals(record.key())).map(ConsumerRecord::value).toList();
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
