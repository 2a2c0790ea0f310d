package io.plrlive.ranking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.ChangePartitioning;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.session.FinalStanding;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.ranking.topology.SessionRows;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static io.plrlive.ranking.topology.SessionRows.handle;
import static io.plrlive.ranking.topology.SessionRows.session;
import static io.plrlive.ranking.topology.SessionRows.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The service as it runs: Spring Boot, the real broker, rows in on the change topics,
 * boards, results and dead letters out on the published topics.
 */
// Stopped after the class, so that it does not share the broker with the failover test's
// instances.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + ScoreAggregatorApplication.CONFIG_NAME,
				"spring.kafka.streams.application-id=plr-score-aggregator-it", "ranking.close-grace=200ms" })
class ScoreAggregatorIT {

	/** Course instances of this test only: the broker is shared with the other tests. */
	private static final long COURSE_INSTANCE = 7101;

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static RowProducer rows;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
		RankingTestTopics.createTopics();
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		String stateDir = Files.createTempDirectory("plr-score-aggregator-it").toString();
		registry.add("spring.kafka.streams.state-dir", () -> stateDir);
	}

	@BeforeAll
	static void producer() {
		rows = new RowProducer(TestInfrastructure.kafka());
	}

	@AfterAll
	static void closeProducer() {
		rows.close();
	}

	@Test
	void reportsHealthUpWithTheStreamsClient() throws IOException, InterruptedException {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		await().atMost(DELIVERY).untilAsserted(() -> {
			HttpResponse<String> streams = get("/actuator/health/kafkaStreams");
			assertThat(streams.statusCode()).isEqualTo(200);
			assertThat(streams.body()).contains("\"status\":\"UP\"");
		});
	}

	@Test
	void declaresTheTopicsItProducesWithTheirCleanupPolicy() throws InterruptedException, ExecutionException {
		Map<String, String> expected = Map.of(Topics.SCORES.name(), "compact", Topics.SESSION_RESULTS.name(), "compact",
				Topics.ACHIEVEMENTS.name(), "compact", Topics.AGGREGATOR_DEAD_LETTERS.name(), "delete");
		assertThat(TestInfrastructure.kafka().cleanupPolicies(expected.keySet())).isEqualTo(expected);
	}

	@Test
	void turnsCapturedRowsIntoALiveBoardAndFinalStandings() {
		SessionRows quiz = session(710101, COURSE_INSTANCE);
		try (TopicReader<String, BoardSnapshot> scores = new TopicReader<>(TestInfrastructure.kafka(), Topics.SCORES);
				TopicReader<String, SessionResults> results = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.SESSION_RESULTS)) {
			send(student(1), student(2), student(3), quiz.open(), quiz.score(1, 3000, 60), quiz.score(2, 5000, 90),
					quiz.score(3, 3000, 60));

			String live = "live:" + COURSE_INSTANCE;
			await().atMost(DELIVERY)
				.untilAsserted(() -> assertThat(latest(scores, live)).isNotNull()
					.satisfies((board) -> assertThat(board.entries()).extracting(BoardEntry::handle, BoardEntry::rank)
						.containsExactly(tuple(handle(2), 1), tuple(handle(1), 2), tuple(handle(3), 2))));

			send(quiz.close());
			await().atMost(DELIVERY)
				.untilAsserted(
						() -> assertThat(results.values(Long.toString(quiz.id()))).singleElement()
							.satisfies((finalStandings) -> assertThat(finalStandings.standings())
								.extracting(FinalStanding::handle)
								.containsExactly(handle(2), handle(1), handle(3))));
			await().atMost(DELIVERY).untilAsserted(() -> {
				assertThat(latest(scores, live).finalStandings()).isTrue();
				assertThat(latest(scores, "seasonal:" + COURSE_INSTANCE).entries()).extracting(BoardEntry::points)
					.containsExactly(5000L, 3000L, 3000L);
			});
		}
	}

	@Test
	void sendsUnreadableRowsToTheDeadLetterTopicAndGoesOn() {
		SessionRows quiz = session(710201, COURSE_INSTANCE + 1);
		try (TopicReader<String, DeadLetter> deadLetters = new TopicReader<>(TestInfrastructure.kafka(),
				Topics.AGGREGATOR_DEAD_LETTERS);
				TopicReader<String, BoardSnapshot> scores = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.SCORES)) {
			send(student(4), quiz.open());
			rows.sendRaw(Topics.PARTICIPANT_CHANGES.name(), "garbage-7102",
					"{\"participantId\": \"not a number\"".getBytes(StandardCharsets.UTF_8));
			send(quiz.score(4, 2000, 30));

			await().atMost(DELIVERY)
				.untilAsserted(() -> assertThat(deadLetters.records())
					.filteredOn((record) -> record.value().payload().contains("not a number"))
					.singleElement()
					.satisfies((record) -> assertThat(record.value().reason()).contains("ParticipantChanged")));
			await().atMost(DELIVERY)
				.untilAsserted(() -> assertThat(latest(scores, "live:" + (COURSE_INSTANCE + 1)).entries())
					.extracting(BoardEntry::handle)
					.containsExactly(handle(4)));
		}
	}

	@Test
	void publishesACoursesBoardsResultsAndAchievementsOnThePartitionNumberOfItsRows() {
		List<SessionRows> quizzes = LongStream.rangeClosed(1, 6)
			.mapToObj((n) -> session(710300 + n, 71000 + n, 7300 + n))
			.toList();
		Set<Long> courses = quizzes.stream().map((quiz) -> quiz.open().courseId()).collect(Collectors.toSet());
		assertThat(courses.stream().map(ScoreAggregatorIT::partitionOfCourse).distinct().count())
			.as("partitions of the courses")
			.isGreaterThan(1);
		try (TopicReader<String, BoardSnapshot> scores = new TopicReader<>(TestInfrastructure.kafka(), Topics.SCORES);
				TopicReader<String, SessionResults> results = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.SESSION_RESULTS);
				TopicReader<String, AchievementChange> achievements = new TopicReader<>(TestInfrastructure.kafka(),
						Topics.ACHIEVEMENTS)) {
			send(student(5));
			quizzes.forEach((quiz) -> send(quiz.open(), quiz.score(5, 1000, 20), quiz.close()));

			await().atMost(DELIVERY).untilAsserted(() -> {
				assertThat(results.records()).extracting((record) -> record.value().courseId()).containsAll(courses);
				assertThat(achievements.records()).extracting((record) -> record.value().courseId())
					.containsAll(courses);
				assertThat(scores.records()).extracting((record) -> record.value().courseId()).containsAll(courses);
			});
			assertOnTheirCoursePartition(scores.records(), courses, BoardSnapshot::courseId);
			assertOnTheirCoursePartition(results.records(), courses, SessionResults::courseId);
			assertOnTheirCoursePartition(achievements.records(), courses, AchievementChange::courseId);
		}
	}

	private static <V> void assertOnTheirCoursePartition(List<ConsumerRecord<String, V>> records, Set<Long> courses,
			ToLongFunction<V> courseOf) {
		assertThat(records).filteredOn((record) -> courses.contains(courseOf.applyAsLong(record.value())))
			.isNotEmpty()
			.allSatisfy((record) -> assertThat(record.partition()).as("partition of %s", record.key())
				.isEqualTo(partitionOfCourse(courseOf.applyAsLong(record.value()))));
	}

	private static int partitionOfCourse(long courseId) {
		return ChangePartitioning.partitionOfCourse(courseId, RankingTestTopics.PARTITIONS);
	}

	private static void send(RowChange... changes) {
		List.of(changes).forEach(rows::send);
		rows.flush();
	}

	// Fails as an assertion while the board has no snapshot yet, so that Awaitility
	// retries.
	private static BoardSnapshot latest(TopicReader<String, BoardSnapshot> scores, String boardId) {
		List<BoardSnapshot> snapshots = scores.values(boardId);
		assertThat(snapshots).as("snapshots of %s", boardId).isNotEmpty();
		return snapshots.get(snapshots.size() - 1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
