package io.plrlive.gateway.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.stream.StreamEvents;
import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.gateway.PublishedTopics;
import io.plrlive.gateway.SseClient;
import io.plrlive.gateway.SseEvent;
import io.plrlive.gateway.SseGatewayApplication;
import io.plrlive.gateway.StreamTokens;
import io.plrlive.gateway.cache.BoardCache;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + SseGatewayApplication.CONFIG_NAME,
				"gateway.stream-token.secret=" + StreamTokens.SECRET, "gateway.heartbeat.interval=2s",
				"gateway.viewer-count-interval=200ms", "gateway.max-connections-per-user=3",
				"gateway.slow-subscriber.max-lag=1s" })
class StreamIT {

	private static final Duration WAIT = Duration.ofSeconds(15);

	// Every test has course instances of its own on the shared topics.
	private static final AtomicLong ids = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 1_000_000) * 100);

	private static final PublishedTopics topics = new PublishedTopics(TestInfrastructure.kafka().bootstrapServers());

	@LocalServerPort
	int port;

	@Autowired
	StreamHub hub;

	@Autowired
	BoardCache cache;

	@Autowired
	StreamMetrics metrics;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.kafka()
			.createTopics(List.of(Topics.SCORES, Topics.ACHIEVEMENTS, Topics.ENROLLMENT_CHANGES, Topics.VIEWER_COUNTS),
					2);
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@Test
	void sendsEverythingOnConnectThenEachChange() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		try (SseClient stream = open(courseInstanceId, StreamTokens.student("h1", courseInstanceId))) {
			assertThat(stream.status()).isEqualTo(200);
			assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
			assertThat(stream.header("Cache-Control")).isEqualTo("no-cache");
			assertThat(stream.header("X-Accel-Buffering")).isEqualTo("no");

			SseEvent viewer = stream.nextEvent(WAIT);
			assertThat(viewer.name()).isEqualTo(StreamEvents.VIEWER);
			assertThat(viewer.retry()).isEqualTo(2000);
			assertThat(viewer.json().get("handle").asString()).isEqualTo("h1");
			assertThat(viewer.json().get("courseId").asLong()).isEqualTo(courseId);
			assertThat(boards(stream, 3)).containsExactly("live:" + courseInstanceId + "@1",
					"seasonal:" + courseInstanceId + "@1", "all-time:" + courseId + "@1");
			SseEvent achievements = stream.nextEvent(WAIT);
			assertThat(achievements.name()).isEqualTo(StreamEvents.ACHIEVEMENTS);
			assertThat(achievements.json().get("achievements").size()).isZero();
			SseEvent viewers = stream.nextEvent(WAIT);
			assertThat(viewers.name()).isEqualTo(StreamEvents.VIEWERS);
			assertThat(viewers.json().get("viewers").asInt()).isEqualTo(1);

			topics.board(PublishedTopics.snapshot(BoardId.live(courseInstanceId), courseId, 2, 4));
			SseEvent change = stream.nextEvent(WAIT);
			assertThat(change.boardVersion()).isEqualTo("live:" + courseInstanceId + "@2");
			assertThat(change.json().get("entries").size()).isEqualTo(4);
			assertThat(change.id()).isEqualTo(courseInstanceId + ".2.1.1." + achievements.id().split("\\.")[4]);

			topics.award(courseInstanceId, courseId, "h1", Achievement.GOLD, 2);
			topics.award(courseInstanceId, courseId, "someone-else", Achievement.SILVER, 1);
			SseEvent awarded = stream.nextEvent(WAIT);
			assertThat(awarded.name()).isEqualTo(StreamEvents.ACHIEVEMENTS);
			assertThat(awarded.json().get("achievements").get(0).get("achievement").asString()).isEqualTo("GOLD");
			assertThat(awarded.json().get("achievements").get(0).get("count").asInt()).isEqualTo(2);
			assertThat(awarded.json().get("achievements").size()).isEqualTo(1);
		}
	}

	@Test
	void resumesFromTheLastEventIdWithOnlyWhatIsNewer() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		String token = StreamTokens.student("h2", courseInstanceId);
		String lastEventId;
		try (SseClient stream = open(courseInstanceId, token)) {
			lastEventId = stream.nextMatching((event) -> StreamEvents.ACHIEVEMENTS.equals(event.name()), WAIT).id();
		}
		topics.board(PublishedTopics.snapshot(BoardId.live(courseInstanceId), courseId, 2, 3));
		topics.board(PublishedTopics.snapshot(BoardId.allTime(courseId), courseId, 5, 3));
		awaitCached(BoardId.allTime(courseId), 5);
		awaitCached(BoardId.live(courseInstanceId), 2);

		try (SseClient resumed = open(courseInstanceId, token, "Last-Event-ID", lastEventId)) {
			assertThat(resumed.nextEvent(WAIT).name()).isEqualTo(StreamEvents.VIEWER);
			assertThat(boards(resumed, 2)).containsExactly("live:" + courseInstanceId + "@2",
					"all-time:" + courseId + "@5");
			// Unchanged: neither the seasonal board nor the achievements come again.
			assertThat(resumed.nextEvent(WAIT).name()).isEqualTo(StreamEvents.VIEWERS);
		}
		try (SseClient unknown = open(courseInstanceId, token, "Last-Event-ID", "not-an-id-of-ours")) {
			unknown.nextEvent(WAIT);
			assertThat(boards(unknown, 3)).containsExactly("live:" + courseInstanceId + "@2",
					"seasonal:" + courseInstanceId + "@1", "all-time:" + courseId + "@5");
		}
	}

	@Test
	void skipsAndCountsRecordsThatAreNoSnapshotAndGoesOn() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		double unreadableBefore = this.meters.counter("plr.gateway.records.unreadable").count();
		try (SseClient stream = open(courseInstanceId, StreamTokens.student("h8", courseInstanceId))) {
			assertThat(boards(stream, 3)).hasSize(3);
			topics.garbage("live:" + courseInstanceId,
					"{\"boardId\": \"live:" + courseInstanceId + "\", \"version\": ");
			topics.boardUnderKey("seasonal:" + ids.incrementAndGet(),
					PublishedTopics.snapshot(BoardId.seasonal(courseInstanceId), courseId, 2, 3));
			topics.board(PublishedTopics.snapshot(BoardId.live(courseInstanceId), courseId, 2, 3));
			assertThat(stream.nextMatching((event) -> StreamEvents.BOARD.equals(event.name()), WAIT).boardVersion())
				.isEqualTo("live:" + courseInstanceId + "@2");
		}
		assertThat(this.meters.counter("plr.gateway.records.unreadable").count()).isEqualTo(unreadableBefore + 2);
		assertThat(this.meters.get("plr.gateway.delivery.latency").timer().count()).isPositive();
		assertThat(this.meters.get("plr.gateway.events.out").counter().count()).isPositive();
	}

	@Test
	void showsAViewerOnlyTheCourseInstancesItsTokenNames() {
		long courseId = ids.incrementAndGet();
		long mine = ids.incrementAndGet();
		long theirs = ids.incrementAndGet();
		publishBoards(mine, courseId, 1);
		publishBoards(theirs, courseId, 1);
		try (SseClient stream = open(mine, StreamTokens.student("h3", mine))) {
			assertThat(boards(stream, 3)).allSatisfy((board) -> assertThat(board).doesNotContain(":" + theirs + "@"));
			topics.board(PublishedTopics.snapshot(BoardId.live(theirs), courseId, 2, 3));
			topics.board(PublishedTopics.snapshot(BoardId.live(mine), courseId, 2, 3));
			assertThat(stream.nextMatching((event) -> StreamEvents.BOARD.equals(event.name()), WAIT).boardVersion())
				.isEqualTo("live:" + mine + "@2");
		}
		try (SseClient refused = open(theirs, StreamTokens.student("h3", mine))) {
			assertProblem(refused, 403, "does not name course instance " + theirs);
		}
	}

	@Test
	void refusesMissingExpiredForgedAndMisaddressedTokensWithProblemBodies() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		try (SseClient noToken = SseClient.open(uri(courseInstanceId))) {
			assertProblem(noToken, 401, "A stream token is required");
			assertThat(noToken.header("WWW-Authenticate")).isEqualTo("Bearer");
		}
		try (SseClient expired = open(courseInstanceId, StreamTokens.expired("h4", courseInstanceId))) {
			assertProblem(expired, 401, "expired");
			assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
		}
		try (SseClient forged = open(courseInstanceId, StreamTokens.forged("h4", courseInstanceId))) {
			assertProblem(forged, 401, "The stream token was refused");
		}
		try (SseClient misaddressed = open(courseInstanceId, StreamTokens.forAnotherAudience("h4", courseInstanceId))) {
			assertProblem(misaddressed, 401, "not meant for the SSE gateway");
		}
		long unknown = ids.incrementAndGet();
		try (SseClient notFound = open(unknown, StreamTokens.student("h4", unknown))) {
			assertThat(assertProblem(notFound, 404, "Course instance " + unknown + " is not known here"))
				.contains("\"instance\":\"/course-instances/" + unknown + "/stream\"");
		}
		try (SseClient notANumber = SseClient.open(
				URI.create("http://localhost:" + this.port + "/course-instances/abc/stream"), "Authorization",
				"Bearer " + StreamTokens.student("h4", 1))) {
			assertProblem(notANumber, 400, "must be a number");
		}
	}

	@Test
	void acceptsTheTokenFromItsCookie() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		topics.enrollment(ids.incrementAndGet(), courseInstanceId, courseId);
		await().atMost(WAIT).until(() -> this.cache.directory().courseOf(courseInstanceId).isPresent());
		try (SseClient stream = SseClient.open(uri(courseInstanceId), "Cookie",
				StreamToken.COOKIE + "=" + StreamTokens.staff("staff-1", courseInstanceId))) {
			assertThat(stream.status()).isEqualTo(200);
			SseEvent viewer = stream.nextEvent(WAIT);
			assertThat(viewer.json().get("role").asString()).isEqualTo("staff");
			// A course instance with students but no session yet: no boards, and the
			// stream stays open for the first one.
			assertThat(stream.nextEvent(WAIT).name()).isEqualTo(StreamEvents.ACHIEVEMENTS);
			assertThat(stream.nextEvent(WAIT).name()).isEqualTo(StreamEvents.VIEWERS);
			topics.board(PublishedTopics.snapshot(BoardId.live(courseInstanceId), courseId, 1, 1));
			assertThat(stream.nextEvent(WAIT).boardVersion()).isEqualTo("live:" + courseInstanceId + "@1");
		}
	}

	@Test
	void letsOnlyAllowedOriginsOpenStreamsFromTheirPages() throws IOException, InterruptedException {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		HttpResponse<String> allowed = preflight(courseInstanceId, "http://localhost:8080");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8080");
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
		assertThat(preflight(courseInstanceId, "https://elsewhere.example").statusCode()).isEqualTo(403);
		try (SseClient fromElsewhere = open(courseInstanceId, StreamTokens.student("h9", courseInstanceId), "Origin",
				"https://elsewhere.example")) {
			assertProblem(fromElsewhere, 403, "https://elsewhere.example may not open streams");
		}
		try (SseClient fromWebUi = open(courseInstanceId, StreamTokens.student("h9", courseInstanceId), "Origin",
				"http://localhost:8080")) {
			assertThat(fromWebUi.status()).isEqualTo(200);
			assertThat(fromWebUi.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
			assertThat(fromWebUi.header("Access-Control-Allow-Credentials")).isEqualTo("true");
		}
	}

	private HttpResponse<String> preflight(long courseInstanceId, String origin)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(courseInstanceId))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "GET")
				.header("Access-Control-Request-Headers", "last-event-id")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void capsTheStreamsOfOneUser() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		String token = StreamTokens.student("h5", courseInstanceId);
		try (SseClient first = open(courseInstanceId, token);
				SseClient second = open(courseInstanceId, token);
				SseClient third = open(courseInstanceId, token);
				SseClient fourth = open(courseInstanceId, token)) {
			assertThat(List.of(first.status(), second.status(), third.status())).containsOnly(200);
			assertProblem(fourth, 429, "3 streams open already");
			assertThat(fourth.header("Retry-After")).isEqualTo("10");
			// Every viewer sees the count go up as tabs open.
			assertThat(first.nextMatching(
					(event) -> StreamEvents.VIEWERS.equals(event.name()) && event.json().get("viewers").asInt() == 3,
					WAIT))
				.isNotNull();
		}
		try (SseClient again = open(courseInstanceId, token)) {
			assertThat(again.status()).isEqualTo(200);
		}
	}

	@Test
	void sendsHeartbeatsOnAnIdleStream() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		try (SseClient stream = open(courseInstanceId, StreamTokens.student("h6", courseInstanceId))) {
			stream.nextMatching((event) -> StreamEvents.VIEWERS.equals(event.name()), WAIT);
			long start = System.nanoTime();
			stream.nextMatching(SseEvent::isComment, Duration.ofSeconds(4));
			SseEvent second = stream.next(Duration.ofSeconds(4));
			assertThat(second.isComment()).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void leavesNothingBehindAfterThousandsOfConnections() {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		String token = StreamTokens.student("h7", courseInstanceId);
		for (int i = 0; i < 5_000; i++) {
			try (SseClient stream = open(courseInstanceId, token)) {
				assertThat(stream.nextEvent(WAIT).name()).isEqualTo(StreamEvents.VIEWER);
			}
		}
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.hub.connections()).isZero();
			assertThat(this.hub.users()).isZero();
			assertThat(this.hub.watchedCourseInstances()).isEmpty();
		});
	}

	@Test
	void conflatesThenDropsAStalledReaderWhileAFastOneGetsEveryChange() throws IOException {
		long courseId = ids.incrementAndGet();
		long courseInstanceId = ids.incrementAndGet();
		publishBoards(courseInstanceId, courseId, 1);
		long droppedBefore = this.metrics.droppedCount();
		long conflatedBefore = this.metrics.conflatedCount();
		try (SseClient fast = open(courseInstanceId, StreamTokens.student("fast", courseInstanceId));
				Socket stalled = new Socket()) {
			// A browser that stops reading: a small receive window, and nothing read.
			stalled.setReceiveBufferSize(4096);
			stalled.connect(new InetSocketAddress("localhost", this.port));
			stalled.getOutputStream()
				.write(("GET /course-instances/" + courseInstanceId + "/stream HTTP/1.1\r\nHost: localhost\r\n"
						+ "Accept: text/event-stream\r\nAuthorization: Bearer "
						+ StreamTokens.student("stalled", courseInstanceId) + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			assertThat(boards(fast, 3)).hasSize(3);
			await().atMost(WAIT).until(() -> this.hub.viewerCount(courseInstanceId) == 2);

			long version = 1;
			while (this.metrics.droppedCount() == droppedBefore) {
				version++;
				assertThat(version).as("versions published before the stalled reader was dropped").isLessThan(2_000);
				// Large boards fill the socket buffers in a few hundred snapshots.
				topics.board(PublishedTopics.snapshot(BoardId.live(courseInstanceId), courseId, version, 2_000));
				assertThat(fast.nextMatching((event) -> StreamEvents.BOARD.equals(event.name()), WAIT).boardVersion())
					.isEqualTo("live:" + courseInstanceId + "@" + version);
			}
			assertThat(this.metrics.conflatedCount()).isGreaterThan(conflatedBefore);
			await().atMost(WAIT).until(() -> this.hub.viewerCount(courseInstanceId) == 1);
			// The stalled reader finds its stream closed once it reads again.
			stalled.setSoTimeout((int) WAIT.toMillis());
			InputStream stalledIn = stalled.getInputStream();
			byte[] buffer = new byte[64 * 1024];
			assertThatCode(() -> {
				while (stalledIn.read(buffer) >= 0) {
					// Reading what the socket holds, up to the end of the stream.
				}
			}).doesNotThrowAnyExceptionExcept(SocketException.class);

			topics.board(PublishedTopics.snapshot(BoardId.live(courseInstanceId), courseId, version + 1, 10));
			assertThat(fast.nextMatching((event) -> StreamEvents.BOARD.equals(event.name()), WAIT).boardVersion())
				.isEqualTo("live:" + courseInstanceId + "@" + (version + 1));
			LoggerFactory.getLogger(StreamIT.class)
				.info("The stalled reader was dropped after {} snapshots of 2,000 entries", version - 1);
		}
	}

	private List<String> boards(SseClient stream, int count) {
		return IntStream.range(0, count)
			.mapToObj(
					(i) -> stream.nextMatching((event) -> StreamEvents.BOARD.equals(event.name()), WAIT).boardVersion())
			.toList();
	}

	private void publishBoards(long courseInstanceId, long courseId, long version) {
		topics.boards(courseInstanceId, courseId, version);
		awaitCached(BoardId.live(courseInstanceId), version);
		awaitCached(BoardId.seasonal(courseInstanceId), version);
		awaitCached(BoardId.allTime(courseId), version);
	}

	private void awaitCached(BoardId board, long version) {
		await().atMost(WAIT)
			.until(() -> this.cache.board(board).map((cached) -> cached.version() >= version).orElse(false));
	}

	private static String assertProblem(SseClient response, int status, String detail) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		String body = response.body();
		assertThat(body).contains("\"status\":" + status).contains(detail);
		return body;
	}

	private SseClient open(long courseInstanceId, String token, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = "Bearer " + token;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return SseClient.open(uri(courseInstanceId), all);
	}

	private URI uri(long courseInstanceId) {
		return URI.create("http://localhost:" + this.port + "/course-instances/" + courseInstanceId + "/stream");
	}

}
