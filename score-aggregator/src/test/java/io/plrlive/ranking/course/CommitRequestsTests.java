package io.plrlive.ranking.course;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plrlive.ranking.topology.CourseEvent;
import io.plrlive.ranking.topology.Publication;
import io.plrlive.ranking.topology.RankingMetrics;
import io.plrlive.ranking.topology.RankingSettings;
import io.plrlive.ranking.topology.SessionRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the course processor asks its stream thread for a commit, which is what makes a
 * published snapshot visible to {@code read_committed} readers.
 */
class CommitRequestsTests {

	private static final Duration INTERVAL = Duration.ofMillis(25);

	private static final long START = 1_800_000_000_000L;

	@TempDir
	Path stateDir;

	private MockProcessorContext<String, Publication> context;

	private Processor<String, CourseEvent, String, Publication> boards;

	private final SessionRows first = SessionRows.session(1, 11);

	private final SessionRows second = SessionRows.session(2, 12);

	@BeforeEach
	void startTheProcessor() {
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "commit-requests");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.STATE_DIR_CONFIG, this.stateDir.toString());
		this.context = new MockProcessorContext<>(config, new TaskId(0, 0), this.stateDir.toFile());
		for (var builder : CourseStores.builders()) {
			StateStore store = builder.withCachingDisabled().withLoggingDisabled().build();
			store.init(this.context.getStateStoreContext(), store);
			this.context.addStateStore(store);
		}
		this.boards = CourseBoards.supplier(new RankingSettings(INTERVAL, Duration.ofSeconds(1), 2000)
			.withCatchUp(Duration.ofMillis(500), Duration.ofMillis(500)), RankingMetrics.NONE).get();
		this.boards.init(this.context);
	}

	@AfterEach
	void closeTheProcessor() {
		this.boards.close();
	}

	@Test
	void asksForACommitWhenItPublishesALiveSnapshot() {
		arrive(START, START, new CourseEvent.Session(this.first.open(), "test"));

		assertThat(this.context.forwarded()).isNotEmpty();
		assertThat(this.context.committed()).isTrue();
	}

	@Test
	void asksAtMostOncePerSnapshotIntervalAndThenAtTheNextTickAfterIt() {
		arrive(START, START, new CourseEvent.Session(this.first.open(), "test"));
		this.context.resetCommit();
		this.context.resetForwards();

		arrive(START + 10, START + 10, new CourseEvent.Session(this.second.open(), "test"));
		assertThat(this.context.forwarded()).as("the second board's first snapshot").hasSize(1);
		assertThat(this.context.committed()).isFalse();

		tick(START + 20);
		assertThat(this.context.committed()).isFalse();
		tick(START + INTERVAL.toMillis());
		assertThat(this.context.committed()).isTrue();

		this.context.resetCommit();
		tick(START + 3 * INTERVAL.toMillis());
		assertThat(this.context.committed()).as("nothing waits for a commit").isFalse();
	}

	@Test
	void leavesCommitsToTheCommitIntervalWhileCatchingUp() {
		arrive(START, START - 5_000, new CourseEvent.Session(this.first.open(), "test"));
		tick(START + 3 * INTERVAL.toMillis());

		assertThat(this.context.forwarded()).isNotEmpty();
		assertThat(this.context.committed()).isFalse();
	}

	private void arrive(long now, long publishedAt, CourseEvent event) {
		this.context.setCurrentSystemTimeMs(now);
		this.boards.process(new Record<>(event.routingKey(), event, publishedAt));
	}

	private void tick(long now) {
		this.context.setCurrentSystemTimeMs(now);
		this.context.scheduledPunctuators().forEach((punctuator) -> punctuator.getPunctuator().punctuate(now));
	}

}
