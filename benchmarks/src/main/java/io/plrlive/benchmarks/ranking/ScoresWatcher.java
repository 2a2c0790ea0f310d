package io.plrlive.benchmarks.ranking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.ParticipantChanged;

/**
 * Reads the scores topic as a downstream consumer does ({@code read_committed}) and
 * settles every change sent to the aggregator when the first snapshot of its board shows
 * the student with at least the change's points. Snapshots are coalesced, so one snapshot
 * may settle many changes; each is timed from its send to that snapshot's arrival.
 */
final class ScoresWatcher implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Map<String, Queue<Pending>> pending = new ConcurrentHashMap<>();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong settled = new AtomicLong();

	private final WatchedLatencies latencies = WatchedLatencies.empty();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	private ScoresWatcher(String bootstrapServers) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"ranking-benchmark-" + UUID.randomUUID(), ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed", ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
						ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024),
				Topics.SCORES.keySerde().deserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(Topics.SCORES.name())
			.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
		this.thread = new Thread(this::run, "scores-watcher");
	}

	static ScoresWatcher start(String bootstrapServers) {
		ScoresWatcher watcher = new ScoresWatcher(bootstrapServers);
		watcher.thread.start();
		return watcher;
	}

	/**
	 * Notes a change just before it is sent.
	 * @param change the participant row
	 * @param measured whether its latency counts
	 */
	void sending(ParticipantChanged change, boolean measured) {
		this.pending
			.computeIfAbsent(key(LiveClasses.boardOf(change), LiveClasses.handle(change.userId())),
					(key) -> new ConcurrentLinkedQueue<>())
			.add(new Pending(change.points(), System.nanoTime(), System.currentTimeMillis(), measured));
		this.sent.incrementAndGet();
	}

	long sent() {
		return this.sent.get();
	}

	long settled() {
		return this.settled.get();
	}

	/**
	 * The latencies recorded so far, and starts afresh.
	 * @return a copy
	 */
	synchronized WatchedLatencies takeLatencies() {
		WatchedLatencies copy = this.latencies.copy();
		this.latencies.reset();
		return copy;
	}

	private void run() {
		while (this.running.get()) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(20))) {
				// Decoded only while changes wait for it, so that reading the topic costs
				// the
				// aggregator (on the same cores) as little as possible otherwise.
				if (record.value() != null && this.settled.get() < this.sent.get()) {
					long now = System.nanoTime();
					settle(record.key(), record.timestamp(),
							Topics.SCORES.valueSerde().deserializer().deserialize(record.topic(), record.value()), now);
				}
			}
		}
	}

	private void settle(String boardId, long madeAtMillis, BoardSnapshot snapshot, long now) {
		for (BoardEntry entry : snapshot.entries()) {
			Queue<Pending> waiting = this.pending.get(key(boardId, entry.handle()));
			if (waiting == null) {
				continue;
			}
			Pending next;
			while ((next = waiting.peek()) != null && next.points() <= entry.points()) {
				waiting.poll();
				if (next.measured()) {
					record(now - next.sentAt(), madeAtMillis - next.sentAtMillis());
				}
				this.settled.incrementAndGet();
			}
		}
	}

	private synchronized void record(long untilReadNanos, long untilMadeMillis) {
		this.latencies.untilRead().recordValue(Math.max(1, untilReadNanos / 1000));
		this.latencies.untilMade().recordValue(Math.max(1, untilMadeMillis * 1000));
	}

	private static String key(String boardId, String handle) {
		return boardId + "|" + handle;
	}

	@Override
	public void close() {
		this.running.set(false);
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.consumer.close();
	}

	private record Pending(long points, long sentAt, long sentAtMillis, boolean measured) {
	}

}
