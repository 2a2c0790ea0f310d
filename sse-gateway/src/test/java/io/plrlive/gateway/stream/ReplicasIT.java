package io.plrlive.gateway.stream;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.stream.StreamEvents;
import io.plrlive.gateway.PublishedTopics;
import io.plrlive.gateway.SseClient;
import io.plrlive.gateway.SseEvent;
import io.plrlive.gateway.SseGatewayApplication;
import io.plrlive.gateway.StreamTokens;
import io.plrlive.gateway.cache.BoardCache;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several gateway replicas on one broker, as behind a load balancer.
 */
class ReplicasIT {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final AtomicLong ids = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 1_000_000) * 100);

	private static PublishedTopics topics;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoReplicas() {
		TestInfrastructure.kafka()
			.createTopics(List.of(Topics.SCORES, Topics.ACHIEVEMENTS, Topics.ENROLLMENT_CHANGES, Topics.VIEWER_COUNTS),
					2);
		topics = new PublishedTopics(TestInfrastructure.kafka().bootstrapServers());
		first = startReplica();
		second = startReplica();
	}

	@AfterAll
	static void stopReplicas() {
		first.close();
		second.close();
		topics.close();
	}

	@Test
	void replicasServeIdenticalBoardsAndEitherResumesTheOthersStream() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId);
		String token = StreamTokens.student("r1", courseInstanceId);
		List<SseEvent> fromFirst;
		List<SseEvent> fromSecond;
		try (SseClient one = open(first, courseInstanceId, token);
				SseClient two = open(second, courseInstanceId, token)) {
			fromFirst = boards(one, 3);
			fromSecond = boards(two, 3);
		}
		assertThat(fromSecond).isEqualTo(fromFirst);

		topics.board(PublishedTopics.snapshot(BoardId.seasonal(courseInstanceId), courseId, 2, 5));
		awaitCached(first, BoardId.seasonal(courseInstanceId), 2);
		awaitCached(second, BoardId.seasonal(courseInstanceId), 2);
		try (SseClient resumed = open(second, courseInstanceId, token, "Last-Event-ID", fromFirst.get(2).id())) {
			assertThat(boards(resumed, 1)).extracting(SseEvent::boardVersion)
				.containsExactly("seasonal:" + courseInstanceId + "@2");
		}
	}

	@Test
	void everyReplicaShowsTheViewersOfAll() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId);
		try (SseClient onFirst = open(first, courseInstanceId, StreamTokens.staff("s1", courseInstanceId))) {
			try (SseClient a = open(second, courseInstanceId, StreamTokens.student("a", courseInstanceId));
					SseClient b = open(second, courseInstanceId, StreamTokens.student("b", courseInstanceId))) {
				awaitViewers(onFirst, 3);
				awaitViewers(a, 3);
			}
			awaitViewers(onFirst, 1);
		}
	}

	@Test
	void aStoppingReplicaTellsItsBrowsersToReconnectAndWithdrawsItsViewers() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId);
		ConfigurableApplicationContext third = startReplica();
		awaitCached(third, BoardId.live(courseInstanceId), 1);
		try (SseClient staying = open(first, courseInstanceId, StreamTokens.staff("s2", courseInstanceId));
				SseClient leaving = open(third, courseInstanceId, StreamTokens.student("c", courseInstanceId))) {
			awaitViewers(staying, 2);
			third.close();
			SseEvent reconnect = leaving.nextMatching((event) -> StreamEvents.RECONNECT.equals(event.name()), WAIT);
			assertThat(reconnect.retry()).isNotNull();
			await().atMost(WAIT).until(leaving::ended);
			awaitViewers(staying, 1);
		}
	}

	@Test
	void aFullReplicaSendsBrowsersToAnother() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId);
		try (ConfigurableApplicationContext small = startReplica("--gateway.max-connections=1")) {
			awaitCached(small, BoardId.live(courseInstanceId), 1);
			try (SseClient admitted = open(small, courseInstanceId, StreamTokens.student("d", courseInstanceId));
					SseClient refused = open(small, courseInstanceId, StreamTokens.student("e", courseInstanceId))) {
				assertThat(admitted.status()).isEqualTo(200);
				assertThat(refused.status()).isEqualTo(503);
				assertThat(refused.header("Retry-After")).isEqualTo("5");
				assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
				assertThat(refused.body()).contains("holds its maximum of 1 streams");
			}
		}
	}

	private static ConfigurableApplicationContext startReplica(String... extraArguments) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
				"--gateway.stream-token.secret=" + StreamTokens.SECRET, "--gateway.viewer-count-interval=200ms",
				"--logging.include-application-name=false"));
		arguments.addAll(List.of(extraArguments));
		return new SpringApplicationBuilder(SseGatewayApplication.class)
			.properties("spring.config.name=" + SseGatewayApplication.CONFIG_NAME)
			.run(arguments.toArray(String[]::new));
	}

	private static void publishBoards(long courseInstanceId, long courseId) {
		topics.boards(courseInstanceId, courseId, 1);
		for (ConfigurableApplicationContext replica : List.of(first, second)) {
			awaitCached(replica, BoardId.live(courseInstanceId), 1);
			awaitCached(replica, BoardId.seasonal(courseInstanceId), 1);
			awaitCached(replica, BoardId.allTime(courseId), 1);
		}
	}

	private static void awaitCached(ConfigurableApplicationContext replica, BoardId board, long version) {
		BoardCache cache = replica.getBean(BoardCache.class);
		await().atMost(WAIT).until(() -> cache.board(board).map((cached) -> cached.version() >= version).orElse(false));
	}

	private static void awaitViewers(SseClient stream, int viewers) {
		stream.nextMatching(
				(event) -> StreamEvents.VIEWERS.equals(event.name()) && event.json().get("viewers").asInt() == viewers,
				WAIT);
	}

	private static List<SseEvent> boards(SseClient stream, int count) {
		List<SseEvent> boards = new ArrayList<>();
		while (boards.size() < count) {
			boards.add(stream.nextMatching((event) -> StreamEvents.BOARD.equals(event.name()), WAIT));
		}
		return boards;
	}

	private static SseClient open(ConfigurableApplicationContext replica, long courseInstanceId, String token,
			String... headers) {
		int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
		List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
		all.addAll(List.of(headers));
		return SseClient.open(
				URI.create("http://localhost:" + port + "/course-instances/" + courseInstanceId + "/stream"),
				all.toArray(String[]::new));
	}

}
