package io.plrlive.benchmarks.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.ParticipantChanged;

/**
 * Where a change's time goes between its commit and the browser: reads the captured
 * participant changes and the scores topic as a downstream consumer does
 * ({@code read_committed}) and notes, per change, when each stage had it. A record's
 * timestamp is when its producer made it (change-capture's send, the aggregator's
 * snapshot); its receipt here is when a consumer could first read it (for the scores,
 * once the aggregator's transaction committed). Each change counts once per stage, at the
 * first record that includes it, whichever capture path brought it.
 */
final class StageProbe implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StageProbe.class);

	private static final long LIVE_POINTS_PER_POINT = 1000;

	/** A stage of the pipeline that a change passes. */
	enum Stage {

		CAPTURE_SENT("change-capture sent the captured row"),

		CAPTURE_READABLE("the captured row could be read from Kafka"),

		SNAPSHOT_MADE("the score aggregator made a live board with it"),

		SNAPSHOT_READABLE("that board could be read from the scores topic (transaction committed)");

		private final String description;

		Stage(String description) {
			this.description = description;
		}

		String description() {
			return this.description;
		}

	}

	private final CommitLog commits;

	private final Map<Long, Integer> courseIndexes = new HashMap<>();

	private final int[] capturedUpTo;

	private final int[] snapshotUpTo;

	private final Map<Stage, Recorder> recorders = new EnumMap<>(Stage.class);

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread reader;

	// System.currentTimeMillis() minus System.nanoTime() in milliseconds, to place record
	// timestamps on the commit log's clock.
	private final double wallClockOffsetMillis;

	private volatile boolean running = true;

	StageProbe(String bootstrapServers, List<SeededClass> classes, CommitLog commits) {
		this.commits = commits;
		for (int i = 0; i < classes.size(); i++) {
			this.courseIndexes.put(classes.get(i).courseInstanceId(), i);
		}
		this.capturedUpTo = new int[classes.size()];
		this.snapshotUpTo = new int[classes.size()];
		for (Stage stage : Stage.values()) {
			this.recorders.put(stage, new Recorder(3));
		}
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"pipeline-benchmark-probe-" + UUID.randomUUID(), ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed", ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5,
						ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024),
				new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : List.of(Topics.PARTICIPANT_CHANGES.name(), Topics.SCORES.name())) {
			this.consumer.partitionsFor(topic)
				.forEach((partition) -> partitions.add(new TopicPartition(topic, partition.partition())));
		}
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
		this.wallClockOffsetMillis = System.currentTimeMillis() - System.nanoTime() / 1e6;
		this.reader = new Thread(this::read, "pipeline-stage-probe");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * The latencies of each stage since the previous call, in microseconds from the
	 * commit.
	 * @return one histogram per stage
	 */
	Map<Stage, Histogram> latencies() {
		Map<Stage, Histogram> latencies = new EnumMap<>(Stage.class);
		this.recorders.forEach((stage, recorder) -> latencies.put(stage, recorder.getIntervalHistogram()));
		return latencies;
	}

	private void read() {
		try {
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(20))) {
					long received = System.nanoTime();
					if (record.topic().equals(Topics.PARTICIPANT_CHANGES.name())) {
						onCaptured(record, received);
					}
					else {
						onSnapshot(record, received);
					}
				}
			}
		}
		catch (WakeupException ex) {
			// Closing.
		}
		catch (RuntimeException ex) {
			log.warn("The stage probe stopped reading: {}", ex.toString());
		}
	}

	private void onCaptured(ConsumerRecord<String, byte[]> record, long received) {
		ParticipantChanged row = Topics.PARTICIPANT_CHANGES.valueSerde()
			.deserializer()
			.deserialize(record.topic(), record.value());
		Integer courseIndex = (row != null) ? this.courseIndexes.get(row.courseInstanceId()) : null;
		if (courseIndex != null) {
			this.capturedUpTo[courseIndex] = reached(courseIndex, this.capturedUpTo[courseIndex],
					(int) (row.points() / LIVE_POINTS_PER_POINT), record.timestamp(), received, Stage.CAPTURE_SENT,
					Stage.CAPTURE_READABLE);
		}
	}

	private void onSnapshot(ConsumerRecord<String, byte[]> record, long received) {
		BoardSnapshot snapshot = Topics.SCORES.valueSerde().deserializer().deserialize(record.topic(), record.value());
		if (snapshot == null || snapshot.kind() != BoardKind.LIVE || snapshot.entries().isEmpty()) {
			return;
		}
		Integer courseIndex = this.courseIndexes.get(snapshot.courseInstanceId());
		if (courseIndex != null) {
			this.snapshotUpTo[courseIndex] = reached(courseIndex, this.snapshotUpTo[courseIndex],
					(int) (snapshot.entries().get(0).points() / LIVE_POINTS_PER_POINT), record.timestamp(), received,
					Stage.SNAPSHOT_MADE, Stage.SNAPSHOT_READABLE);
		}
	}

	// Records the changes after upTo that a record includes; returns the newest.
	private int reached(int courseIndex, int upTo, int newest, long madeAtMillis, long received, Stage made,
			Stage readable) {
		for (int change = upTo + 1; change <= newest; change++) {
			long committed = this.commits.commitNanos(courseIndex, change);
			if (committed == 0) {
				// The writer's commit call had not returned yet, or the change was made
				// before the probe started.
				continue;
			}
			double madeAtNanos = (madeAtMillis - this.wallClockOffsetMillis) * 1e6;
			this.recorders.get(made).recordValue(Math.max(0, (long) ((madeAtNanos - committed) / 1000)));
			this.recorders.get(readable).recordValue(Math.max(0, (received - committed) / 1000));
		}
		return Math.max(upTo, newest);
	}

	@Override
	public void close() {
		this.running = false;
		this.consumer.wakeup();
		try {
			this.reader.join(Duration.ofSeconds(5).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.consumer.close();
	}

}
