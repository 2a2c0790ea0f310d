package io.plrlive.benchmarks.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.board.BoardSnapshot;

/**
 * Publishes live boards to the scores topic as the score aggregator does: course instance
 * {@code c} (from 1) has the live board {@code live:c} of its open session; each update
 * is a new snapshot version of one board, round-robin over the course instances. A
 * snapshot's {@code generatedAt} is taken just before it is sent, and is also the
 * record's timestamp (CreateTime), so that a receiver times it from the same origin.
 */
final class BoardUpdates implements AutoCloseable {

	/** Course instances per course; the course shows in the snapshot only. */
	private static final int INSTANCES_PER_COURSE = 10;

	private final KafkaProducer<String, byte[]> producer;

	private final Serializer<BoardSnapshot> serializer = Topics.SCORES.valueSerde().serializer();

	private final int courseInstances;

	private final int entries;

	private final long[] versions;

	private int next;

	BoardUpdates(String bootstrapServers, int courseInstances, int entries) {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 0),
				Topics.SCORES.keySerde().serializer(), new ByteArraySerializer());
		this.courseInstances = courseInstances;
		this.entries = entries;
		this.versions = new long[courseInstances];
	}

	/**
	 * Publishes one new version of every board and waits until the broker has them all.
	 */
	void publishEveryBoard() {
		for (int instance = 1; instance <= this.courseInstances; instance++) {
			publish(instance);
		}
		this.producer.flush();
	}

	/**
	 * Publishes updates at a fixed rate on a fixed timeline (open loop): a warm-up, then
	 * a measured window. A sender that falls behind sends at once and skips nothing.
	 * @param rate updates per second
	 * @param warmUp time before the window
	 * @param window time measured
	 * @param deliveries told of every update before it is sent
	 */
	void offer(int rate, Duration warmUp, Duration window, Deliveries deliveries) {
		long intervalNanos = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long measuredFrom = start + warmUp.toNanos();
		long end = measuredFrom + window.toNanos();
		boolean windowOpen = false;
		for (long update = 0;; update++) {
			long due = start + update * intervalNanos;
			if (due >= end) {
				break;
			}
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			boolean measured = due >= measuredFrom;
			if (measured && !windowOpen) {
				deliveries.openWindow();
				windowOpen = true;
			}
			int instance = 1 + this.next;
			this.next = (this.next + 1) % this.courseInstances;
			long version = this.versions[instance - 1] + 1;
			Instant generatedAt = Instant.now();
			deliveries.publishing(instance, version, generatedAt, measured);
			publish(instance, generatedAt);
		}
		deliveries.closeWindow();
		this.producer.flush();
	}

	private void publish(int instance) {
		publish(instance, Instant.now());
	}

	private void publish(int instance, Instant generatedAt) {
		long version = ++this.versions[instance - 1];
		BoardId board = BoardId.live(instance);
		List<BoardEntry> rows = new ArrayList<>(this.entries);
		for (int row = 0; row < this.entries; row++) {
			String handle = "u" + (instance * 10_000L + row);
			rows.add(new BoardEntry(row + 1, handle, "Student " + handle, (this.entries - row) * 1000L + version,
					60_000L + row, 0, List.of(), null));
		}
		BoardSnapshot snapshot = new BoardSnapshot(board.toString(), BoardKind.LIVE,
				1 + (instance - 1) / INSTANCES_PER_COURSE, (long) instance, (long) instance, "Live quiz " + instance,
				false, version, generatedAt, rows.size(), rows);
		this.producer.send(new ProducerRecord<>(Topics.SCORES.name(), null, generatedAt.toEpochMilli(),
				board.toString(), this.serializer.serialize(Topics.SCORES.name(), snapshot)));
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
