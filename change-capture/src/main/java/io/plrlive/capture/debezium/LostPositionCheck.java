package io.plrlive.capture.debezium;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Refuses to start the engine when its position in the change stream is lost: offsets are
 * stored for the engine but its replication slot is gone. Debezium would create a new
 * slot at the current end of the WAL and carry on from there, silently skipping
 * everything committed since the stored offsets; this check makes that loud instead.
 */
public class LostPositionCheck {

	private final String jdbcUrl;

	private final Properties credentials;

	private final String slotName;

	private final Map<String, Object> consumerConfiguration;

	private final String offsetsTopic;

	private final String engineName;

	public LostPositionCheck(String jdbcUrl, Properties credentials, Properties engineProperties) {
		this.jdbcUrl = jdbcUrl;
		this.credentials = credentials;
		this.slotName = engineProperties.getProperty("slot.name");
		this.offsetsTopic = engineProperties.getProperty("offset.storage.topic");
		this.engineName = engineProperties.getProperty("name");
		this.consumerConfiguration = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				engineProperties.getProperty("bootstrap.servers"), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
	}

	/**
	 * Looks for a lost position.
	 * @return what is wrong and what to do about it, or empty when the engine may start
	 * @throws SQLException if the database cannot be asked
	 */
	Optional<String> problem() throws SQLException {
		if (slotExists() || !offsetsStored()) {
			return Optional.empty();
		}
		return Optional.of("Replication slot " + this.slotName + " does not exist, but offsets of engine "
				+ this.engineName + " are stored in topic " + this.offsetsTopic
				+ ": changes committed since those offsets would be skipped. To read every row again (safe: "
				+ "consumers keep the highest version per key), set capture.cdc.engine-name to a new name.");
	}

	private boolean slotExists() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.credentials);
				PreparedStatement statement = connection
					.prepareStatement("SELECT 1 FROM pg_replication_slots WHERE slot_name = ?")) {
			statement.setString(1, this.slotName);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	private boolean offsetsStored() {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.consumerConfiguration,
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<PartitionInfo> partitions = consumer.partitionsFor(this.offsetsTopic, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return false;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((partition) -> new TopicPartition(partition.topic(), partition.partition()))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
			while (assigned.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.key() != null && new String(record.key(), StandardCharsets.UTF_8)
						.contains("\"" + this.engineName + "\"")) {
						return true;
					}
				}
			}
			return false;
		}
	}

}
