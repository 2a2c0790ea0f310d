package io.plrlive.ranking.failover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.ranking.RankingTestTopics;
import io.plrlive.ranking.RowProducer;
import io.plrlive.ranking.ScoreAggregatorApplication;
import io.plrlive.ranking.reference.ComparableBoard;
import io.plrlive.ranking.reference.ReferenceOutcome;
import io.plrlive.ranking.reference.ReferenceRanking;
import io.plrlive.testing.ServiceProcess;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two aggregator processes share the work by partition; one is killed (SIGKILL) while
 * sessions close and scores stream in, and later started again on its old state
 * directory. The published boards, final standings and achievement counts equal the
 * from-scratch computation over every row sent, and every session's final standings are
 * published exactly once.
 */
class AggregatorFailoverIT {

	private static final Duration CONVERGENCE = Duration.ofSeconds(150);

	private final String applicationId = "plr-failover-it-" + UUID.randomUUID();

	private final ClassroomStream classroom = new ClassroomStream(2, 4, 20, 4711);

	@Test
	void boardsResultsAndAchievementsSurviveAKilledInstance() throws Exception {
		RankingTestTopics.createTopics();
		Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "failover-it")), "run-");
		Path stateA = Files.createTempDirectory(work, "state-a");
		Path stateB = Files.createTempDirectory(work, "state-b");
		ServiceProcess first = start(stateA, work.resolve("instance-a.log"));
		ServiceProcess second = start(stateB, work.resolve("instance-b.log"));
		ServiceProcess restarted = null;
		try (RowProducer rows = new RowProducer(TestInfrastructure.kafka());
				TopicReader<String, BoardSnapshot> scores = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.SCORES);
				TopicReader<String, SessionResults> results = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.SESSION_RESULTS);
				TopicReader<String, AchievementChange> achievements = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.ACHIEVEMENTS)) {
			first.awaitHealthy();
			second.awaitHealthy();

			send(rows, this.classroom.students());
			send(rows, this.classroom.open(1));
			send(rows, this.classroom.scores());
			awaitBoardsMatchReference(scores);

			// Round 1 closes and round 2 streams in while one instance dies: some
			// sessions are being finalized, some scores are in open transactions.
			send(rows, this.classroom.close());
			send(rows, this.classroom.open(2));
			List<RowChange> round2 = this.classroom.scores();
			send(rows, round2.subList(0, round2.size() / 2));
			first.kill();
			send(rows, round2.subList(round2.size() / 2, round2.size()));
			awaitBoardsMatchReference(scores);

			send(rows, this.classroom.close());
			restarted = start(stateA, work.resolve("instance-a-restarted.log"));
			restarted.awaitHealthy();
			send(rows, this.classroom.open(3));
			send(rows, this.classroom.scores());
			send(rows, this.classroom.close());

			ReferenceOutcome expected = awaitBoardsMatchReference(scores);
			await().atMost(CONVERGENCE).untilAsserted(() -> {
				Map<Long, SessionResults> published = publishedOnce(results);
				assertThat(published).isEqualTo(expected.sessionResults());
			});
			await().atMost(CONVERGENCE)
				.untilAsserted(
						() -> assertThat(achievementCounts(achievements)).isEqualTo(expected.achievementCounts()));
			assertThat(expected.sessionResults()).hasSize(2 * 4 * 3);
		}
		finally {
			first.kill();
			second.stop();
			if (restarted != null) {
				restarted.stop();
			}
		}
	}

	private ServiceProcess start(Path stateDir, Path log) {
		return ServiceProcess.start(ScoreAggregatorApplication.class,
				List.of("--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
						"--spring.kafka.streams.application-id=" + this.applicationId,
						"--spring.kafka.streams.state-dir=" + stateDir.toAbsolutePath(),
						// A killed member leaves the group after this, not after the
						// default 45 s.
						"--spring.kafka.streams.properties.session.timeout.ms=6000",
						"--spring.kafka.streams.properties.heartbeat.interval.ms=1000", "--ranking.close-grace=300ms"),
				log);
	}

	private static void send(RowProducer producer, List<RowChange> rows) {
		rows.forEach(producer::send);
		producer.flush();
	}

	private ReferenceOutcome awaitBoardsMatchReference(TopicReader<String, BoardSnapshot> scores) {
		ReferenceOutcome expected = ReferenceRanking.compute(this.classroom.produced());
		await().atMost(CONVERGENCE)
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(latestBoards(scores)).isEqualTo(expected.boards()));
		return expected;
	}

	private Map<String, ComparableBoard> latestBoards(TopicReader<String, BoardSnapshot> scores) {
		Map<String, ComparableBoard> boards = new TreeMap<>();
		for (ConsumerRecord<String, BoardSnapshot> record : scores.records()) {
			if (this.classroom.owns(record.key())) {
				boards.put(record.key(), ComparableBoard.of(record.value()));
			}
		}
		return boards;
	}

	private Map<Long, SessionResults> publishedOnce(TopicReader<String, SessionResults> results) {
		Map<Long, SessionResults> published = new TreeMap<>();
		for (ConsumerRecord<String, SessionResults> record : results.records()) {
			if (this.classroom.owns("live:" + record.value().courseInstanceId())) {
				assertThat(published.put(record.value().sessionId(), record.value()))
					.as("final standings of session %d published twice", record.value().sessionId())
					.isNull();
			}
		}
		return published;
	}

	private Map<String, Integer> achievementCounts(TopicReader<String, AchievementChange> achievements) {
		Map<String, Integer> counts = new HashMap<>();
		for (ConsumerRecord<String, AchievementChange> record : achievements.records()) {
			if (this.classroom.owns("live:" + record.value().courseInstanceId())) {
				counts.put(record.key(), record.value().count());
			}
		}
		return new TreeMap<>(counts);
	}

}
