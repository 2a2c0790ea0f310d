package io.plrlive.ranking.topology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.session.SessionResults;

/**
 * The real topology in a {@link TopologyTestDriver}, with the topics' own serdes: rows
 * in, everything published collected per topic. The wall clock only moves when a test
 * moves it.
 */
final class RankingHarness implements AutoCloseable {

	static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

	private final TopologyTestDriver driver;

	private final Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();

	private final TestOutputTopic<String, BoardSnapshot> scores;

	private final TestOutputTopic<String, SessionResults> results;

	private final TestOutputTopic<String, AchievementChange> achievements;

	private final TestOutputTopic<String, DeadLetter> deadLetters;

	final List<BoardSnapshot> snapshots = new ArrayList<>();

	final Map<String, BoardSnapshot> latestBoards = new LinkedHashMap<>();

	final List<SessionResults> sessionResults = new ArrayList<>();

	final List<AchievementChange> achievementChanges = new ArrayList<>();

	final List<DeadLetter> rejected = new ArrayList<>();

	private Instant wallClock = START;

	RankingHarness(RankingSettings settings, Path stateDir) {
		StreamsBuilder builder = new StreamsBuilder();
		new RankingTopology(settings, RankingMetrics.NONE).addTo(builder);
		Properties properties = new Properties();
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "ranking-tests");
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
		this.driver = new TopologyTestDriver(builder.build(), properties, START);
		for (TopicSpec<String, ?> topic : List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES,
				Topics.STUDENT_CHANGES)) {
			this.inputs.put(topic.name(),
					this.driver.createInputTopic(topic.name(), new StringSerializer(), new ByteArraySerializer()));
		}
		this.scores = output(Topics.SCORES);
		this.results = output(Topics.SESSION_RESULTS);
		this.achievements = output(Topics.ACHIEVEMENTS);
		this.deadLetters = output(Topics.AGGREGATOR_DEAD_LETTERS);
	}

	private <V> TestOutputTopic<String, V> output(TopicSpec<String, V> topic) {
		return this.driver.createOutputTopic(topic.name(), new StringDeserializer(), topic.valueSerde().deserializer());
	}

	/** Pipes rows, each on its own topic with its own serde, then collects the output. */
	RankingHarness pipe(RowChange... rows) {
		for (RowChange row : rows) {
			CapturedTable table = CapturedTable.of(row);
			pipeRaw(table.topic().name(), Long.toString(row.key()), table.serialize(row));
		}
		return this;
	}

	/**
	 * Pipes rows as records published at a given time, for rows that arrive late.
	 * @param publishedAt the records' timestamp
	 * @param rows the rows
	 * @return this harness
	 */
	RankingHarness pipeAt(Instant publishedAt, RowChange... rows) {
		for (RowChange row : rows) {
			CapturedTable table = CapturedTable.of(row);
			this.inputs.get(table.topic().name())
				.pipeInput(Long.toString(row.key()), table.serialize(row), publishedAt);
		}
		collect();
		return this;
	}

	/** The driver's wall clock now. */
	Instant now() {
		return this.wallClock;
	}

	RankingHarness pipeRaw(String topic, String key, byte[] value) {
		// Published just now: on time, as change-capture publishes rows.
		this.inputs.get(topic).pipeInput(key, value, this.wallClock);
		collect();
		return this;
	}

	RankingHarness pipeText(String topic, String key, String value) {
		return pipeRaw(topic, key, value.getBytes(StandardCharsets.UTF_8));
	}

	/** Moves the wall clock, which runs the punctuations that publish and finalize. */
	RankingHarness advance(Duration duration) {
		this.driver.advanceWallClockTime(duration);
		this.wallClock = this.wallClock.plus(duration);
		collect();
		return this;
	}

	BoardSnapshot board(String boardId) {
		return this.latestBoards.get(boardId);
	}

	List<BoardSnapshot> snapshotsOf(String boardId) {
		return this.snapshots.stream().filter((snapshot) -> snapshot.boardId().equals(boardId)).toList();
	}

	private void collect() {
		for (TestRecord<String, BoardSnapshot> record : this.scores.readRecordsToList()) {
			this.snapshots.add(record.value());
			this.latestBoards.put(record.key(), record.value());
		}
		this.sessionResults.addAll(this.results.readValuesToList());
		this.achievementChanges.addAll(this.achievements.readValuesToList());
		this.rejected.addAll(this.deadLetters.readValuesToList());
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
