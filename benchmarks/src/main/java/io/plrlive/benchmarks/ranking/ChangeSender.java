package io.plrlive.benchmarks.ranking;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.ChangePartitioning;
import io.plrlive.contracts.capture.RowChange;

/**
 * Sends rows to the change topics as change-capture does: keyed by row id, partitioned by
 * course instance, with the topics' own serdes, through an idempotent producer.
 */
final class ChangeSender implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	ChangeSender(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
	}

	void send(RowChange row) {
		CapturedTable table = CapturedTable.of(row);
		String topic = table.topic().name();
		Integer partition = ChangePartitioning.partitionOf(row, this.producer.partitionsFor(topic).size());
		this.producer.send(new ProducerRecord<>(topic, partition, Long.toString(row.key()), table.serialize(row)));
	}

	void flush() {
		this.producer.flush();
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
