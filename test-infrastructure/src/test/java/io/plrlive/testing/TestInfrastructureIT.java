package io.plrlive.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.plrlive.contracts.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class TestInfrastructureIT {

	@Test
	void postgresRunsVersion17WithLogicalReplication() throws SQLException {
		TestDatabase database = TestInfrastructure.postgres().createDatabase();
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "server_version_num")).startsWith("17");
			assertThat(setting(statement, "wal_level")).isEqualTo("logical");
			assertThat(setting(statement, "wal_writer_delay")).isEqualTo("10ms");
		}
	}

	@Test
	void eachCreatedDatabaseIsNewAndEmpty() throws SQLException {
		TestDatabase first = TestInfrastructure.postgres().createDatabase();
		TestDatabase second = TestInfrastructure.postgres().createDatabase();
		assertThat(first.name()).isNotEqualTo(second.name());
		try (Connection connection = first.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE only_in_first (id int)");
		}
		try (Connection connection = second.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet tables = statement
					.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'")) {
			tables.next();
			assertThat(tables.getInt(1)).isZero();
		}
	}

	@Test
	void brokerRefusesUndeclaredTopics() {
		String topic = "plr.undeclared-" + UUID.randomUUID();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
						ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000),
				new StringSerializer(), new StringSerializer())) {
			assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", "v")).get(10, TimeUnit.SECONDS))
				.hasStackTraceContaining("not present in metadata");
		}
		try (Admin admin = admin()) {
			assertThatThrownBy(() -> admin.describeTopics(List.of(topic)).allTopicNames().get())
				.isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(UnknownTopicOrPartitionException.class);
		}
	}

	@Test
	void declaredTopicsCarryTheirCleanupPolicyAndDeliverRecords() throws Exception {
		KafkaBroker kafka = TestInfrastructure.kafka();
		kafka.createTopics(Topics.ALL, 1);
		assertThat(kafka.cleanupPolicies(List.of(Topics.SCORES.name(), Topics.CAPTURE_DEAD_LETTERS.name())))
			.containsEntry(Topics.SCORES.name(), "compact")
			.containsEntry(Topics.CAPTURE_DEAD_LETTERS.name(), "delete");
		String key = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.CAPTURE_DEAD_LETTERS.name(), key, "payload")).get();
		}
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, key, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(Set.of(Topics.CAPTURE_DEAD_LETTERS.name()));
			List<String> keys = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> keys.add(record.key()));
				assertThat(keys).contains(key);
			});
		}
	}

	private static Admin admin() {
		return Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()));
	}

	private static String setting(Statement statement, String name) throws SQLException {
		try (ResultSet result = statement.executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
