package io.plrlive.gateway.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.plrlive.contracts.Topics;

/**
 * Reads the scores, achievements, enrollment and viewer count topics from the beginning
 * into the {@link BoardCache}, on its own thread, for as long as the replica runs. It
 * joins no consumer group: every replica reads every partition.
 */
public final class TopicReader implements SmartLifecycle {

	static final List<String> TOPICS = List.of(Topics.SCORES.name(), Topics.ACHIEVEMENTS.name(),
			Topics.ENROLLMENT_CHANGES.name(), Topics.VIEWER_COUNTS.name());

	private static final Logger logger = LoggerFactory.getLogger(TopicReader.class);

	private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

	private static final Duration TOPIC_WAIT = Duration.ofSeconds(2);

	private final Supplier<Consumer<String, byte[]>> consumers;

	private final BoardCache cache;

	private final TopicCatchUp catchUp = new TopicCatchUp();

	private final AtomicLong recordsRead = new AtomicLong();

	private final Counter unreadable;

	private volatile Consumer<String, byte[]> consumer;

	private volatile Thread thread;

	private volatile boolean running;

	private volatile Set<String> missingTopics = Set.copyOf(TOPICS);

	private final CountDownLatch stopped = new CountDownLatch(1);

	/**
	 * Creates the reader.
	 * @param consumers creates the consumer, configured without a group
	 * @param cache the cache to fill
	 * @param meters where the count of unreadable records goes
	 */
	public TopicReader(Supplier<Consumer<String, byte[]>> consumers, BoardCache cache, MeterRegistry meters) {
		this.consumers = consumers;
		this.cache = cache;
		this.unreadable = Counter.builder("plr.gateway.records.unreadable")
			.description("Records of the read topics that could not be applied, skipped with a warning")
			.register(meters);
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::run, "plr-board-cache");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Consumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		try {
			if (!this.stopped.await(10, TimeUnit.SECONDS)) {
				logger.warn("The topic reader did not stop within 10 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Whether the cache holds everything the topics held when the reader started.
	 * @return true once caught up
	 */
	public boolean caughtUp() {
		return this.catchUp.caughtUp();
	}

	/**
	 * Topics the reader still waits for.
	 * @return names of topics that do not exist yet
	 */
	public Set<String> missingTopics() {
		return this.missingTopics;
	}

	/**
	 * Records read since start.
	 * @return the count
	 */
	public long recordsRead() {
		return this.recordsRead.get();
	}

	private void run() {
		try (Consumer<String, byte[]> reader = this.consumers.get()) {
			this.consumer = reader;
			if (!this.running) {
				return;
			}
			List<TopicPartition> partitions = awaitPartitions(reader);
			reader.assign(partitions);
			reader.seekToBeginning(partitions);
			this.catchUp.start(reader.endOffsets(partitions));
			logger.info("Reading {} partitions of {} from the beginning", partitions.size(), TOPICS);
			while (this.running) {
				ConsumerRecords<String, byte[]> records = reader.poll(POLL_TIMEOUT);
				records.forEach(this::apply);
				boolean wasCaughtUp = this.catchUp.caughtUp();
				this.catchUp.advance(reader);
				if (!wasCaughtUp && this.catchUp.caughtUp()) {
					logger.info("Caught up with the topics: {} records read, {} boards cached", this.recordsRead.get(),
							this.cache.boardCount());
				}
			}
		}
		catch (WakeupException ex) {
			if (this.running) {
				logger.error("Topic reader woken up unexpectedly", ex);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Topic reader failed; this replica no longer receives board changes", ex);
			this.running = false;
		}
		finally {
			this.stopped.countDown();
		}
	}

	private List<TopicPartition> awaitPartitions(Consumer<String, byte[]> reader) {
		Set<String> reported = null;
		while (true) {
			Map<String, List<PartitionInfo>> existing = reader.listTopics(Duration.ofSeconds(30));
			List<String> missing = TOPICS.stream().filter((topic) -> !existing.containsKey(topic)).toList();
			if (missing.isEmpty()) {
				this.missingTopics = Set.of();
				return partitionsOf(TOPICS.stream().map(existing::get).toList());
			}
			this.missingTopics = Set.copyOf(missing);
			if (!this.missingTopics.equals(reported)) {
				logger.info("Waiting for topics {} to exist", missing);
				reported = this.missingTopics;
			}
			try {
				Thread.sleep(TOPIC_WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new WakeupException();
			}
		}
	}

	private static List<TopicPartition> partitionsOf(Collection<List<PartitionInfo>> topics) {
		List<TopicPartition> partitions = new ArrayList<>();
		topics.forEach(
				(infos) -> infos.forEach((info) -> partitions.add(new TopicPartition(info.topic(), info.partition()))));
		return partitions;
	}

	private void apply(ConsumerRecord<String, byte[]> record) {
		this.recordsRead.incrementAndGet();
		try {
			if (record.topic().equals(Topics.SCORES.name())) {
				this.cache.applyScore(record.key(), record.value(), Instant.ofEpochMilli(record.timestamp()));
			}
			else if (record.topic().equals(Topics.ACHIEVEMENTS.name())) {
				this.cache.applyAchievement(record.value());
			}
			else if (record.topic().equals(Topics.VIEWER_COUNTS.name())) {
				this.cache.applyViewerCount(record.key(), record.value());
			}
			else {
				this.cache.applyEnrollment(record.value());
			}
		}
		catch (RuntimeException ex) {
			this.unreadable.increment();
			logger.warn("Skipped record {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
					record.key(), ex.getMessage());
		}
	}

}
