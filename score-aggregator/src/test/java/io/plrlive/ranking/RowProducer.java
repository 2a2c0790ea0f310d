package io.plrlive.ranking;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.testing.KafkaBroker;

/**
 * Writes captured rows to the change topics as change-capture does: keyed by row id, with
 * the topics' own serdes.
 */
final class RowProducer implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	RowProducer(KafkaBroker broker) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(), new ByteArraySerializer());
	}

	void send(RowChange row) {
		sendRaw(CapturedTable.of(row).topic().name(), Long.toString(row.key()), CapturedTable.of(row).serialize(row));
	}

	void sendRaw(String topic, String key, byte[] value) {
		this.producer.send(new ProducerRecord<>(topic, key, value));
	}

	void flush() {
		this.producer.flush();
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
