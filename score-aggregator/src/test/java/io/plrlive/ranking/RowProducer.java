package io.plrlive.ranking;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.ChangePartitioning;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.testing.KafkaBroker;

/**
 * Writes captured rows to the change topics as change-capture does: keyed by row id,
 * partitioned by course instance, with the topics' own serdes.
 */
public final class RowProducer implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	public RowProducer(KafkaBroker broker) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(), new ByteArraySerializer());
	}

	public void send(RowChange row) {
		String topic = CapturedTable.of(row).topic().name();
		Integer partition = ChangePartitioning.partitionOf(row, this.producer.partitionsFor(topic).size());
		this.producer.send(
				new ProducerRecord<>(topic, partition, Long.toString(row.key()), CapturedTable.of(row).serialize(row)));
	}

	public void sendRaw(String topic, String key, byte[] value) {
		this.producer.send(new ProducerRecord<>(topic, key, value));
	}

	public void flush() {
		this.producer.flush();
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
