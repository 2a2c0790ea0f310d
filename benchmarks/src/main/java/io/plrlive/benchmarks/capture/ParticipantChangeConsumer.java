package io.plrlive.benchmarks.capture;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.ParticipantChanged;

/**
 * Reads {@code plr.participant-changes} with the topic's own serdes on a thread of its
 * own and reports every record's arrival to the {@link LatencyTracker}. Partitions are
 * assigned, not subscribed, so no group rebalance delays the first records.
 */
final class ParticipantChangeConsumer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ParticipantChangeConsumer.class);

	private static final TopicSpec<String, ParticipantChanged> TOPIC = Topics.PARTICIPANT_CHANGES;

	private final KafkaConsumer<String, ParticipantChanged> consumer;

	private final LatencyTracker tracker;

	private final Thread thread;

	private volatile boolean running = true;

	private ParticipantChangeConsumer(String bootstrapServers, LatencyTracker tracker) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.CLIENT_ID_CONFIG,
						"plr-benchmark-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				TOPIC.keySerde().deserializer(), TOPIC.valueSerde().deserializer());
		this.tracker = tracker;
		this.thread = new Thread(this::readUntilClosed, "plr-benchmark-reader");
		this.thread.setDaemon(true);
	}

	/**
	 * Starts reading from the beginning of every partition of the topic, which must
	 * exist.
	 * @param bootstrapServers the broker
	 * @param tracker where arrivals go
	 * @return the running consumer
	 */
	static ParticipantChangeConsumer start(String bootstrapServers, LatencyTracker tracker) {
		ParticipantChangeConsumer reader = new ParticipantChangeConsumer(bootstrapServers, tracker);
		List<TopicPartition> partitions = reader.consumer.partitionsFor(TOPIC.name(), Duration.ofSeconds(30))
			.stream()
			.map((partition) -> new TopicPartition(partition.topic(), partition.partition()))
			.toList();
		if (partitions.isEmpty()) {
			reader.consumer.close();
			throw new IllegalStateException("Topic " + TOPIC.name() + " has no partitions: is change-capture up?");
		}
		reader.consumer.assign(partitions);
		reader.consumer.seekToBeginning(partitions);
		reader.thread.start();
		return reader;
	}

	@Override
	public void close() {
		this.running = false;
		this.consumer.wakeup();
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void readUntilClosed() {
		try {
			while (this.running) {
				ConsumerRecords<String, ParticipantChanged> records = this.consumer.poll(Duration.ofMillis(100));
				long arrived = System.nanoTime();
				for (ConsumerRecord<String, ParticipantChanged> record : records) {
					ParticipantChanged change = record.value();
					if (change != null) {
						this.tracker.arrived(LatencyTracker.key(change.participantId(), change.version()), arrived);
					}
				}
			}
		}
		catch (WakeupException ex) {
			// close() asked to stop.
		}
		catch (RuntimeException ex) {
			log.error("Reading {} failed; the remaining changes will count as lost", TOPIC.name(), ex);
		}
		finally {
			this.consumer.close();
		}
	}

}
