package io.plrlive.capture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both paths running: every change of every captured table reaches its topic with key,
 * state and version, and what cannot be mapped goes to the dead-letter topic without
 * stopping capture.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME)
@DirtiesContext
class ChangeCaptureIT {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final CapturedDatabase database = CapturedDatabase.create();

	private static final HostDatabase host = database.host();

	private static TopicReader<String, LiveSessionChanged> sessions;

	private static TopicReader<String, ParticipantChanged> participants;

	private static TopicReader<String, StudentChanged> students;

	private static TopicReader<String, EnrollmentChanged> enrollments;

	private static TopicReader<String, DeadLetter> deadLetters;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void captureThisDatabase(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@BeforeAll
	static void readTopics() {
		sessions = new TopicReader<>(TestInfrastructure.kafka(), Topics.LIVE_SESSION_CHANGES);
		participants = new TopicReader<>(TestInfrastructure.kafka(), Topics.PARTICIPANT_CHANGES);
		students = new TopicReader<>(TestInfrastructure.kafka(), Topics.STUDENT_CHANGES);
		enrollments = new TopicReader<>(TestInfrastructure.kafka(), Topics.ENROLLMENT_CHANGES);
		deadLetters = new TopicReader<>(TestInfrastructure.kafka(), Topics.CAPTURE_DEAD_LETTERS);
	}

	@AfterAll
	static void closeReaders() {
		List.of(sessions, participants, students, enrollments, deadLetters).forEach(TopicReader::close);
	}

	@Test
	void sessionsArriveOpenedAndClosedWithTheirVersions() {
		long courseInstance = host.courseInstance(host.course("CS 101"), "Fa26");
		long session = host.openSession(courseInstance, host.liveAssessment(courseInstance, "Quiz 1"));
		host.closeSession(session);

		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(latest(sessions.values(key(session)))).satisfies((closed) -> {
				assertThat(closed.version()).isEqualTo(2);
				assertThat(closed.closedAt()).isNotNull();
				assertThat(closed.courseInstanceId()).isEqualTo(courseInstance);
				assertThat(closed.assessmentTitle()).isEqualTo("Quiz 1");
			}));
		assertThat(sessions.values(key(session))).extracting(LiveSessionChanged::version).contains(1L, 2L);
	}

	@Test
	void participantsArriveWithPointsAndEveryVersion() {
		long courseInstance = host.courseInstance(host.course("CS 225"), "Fa26");
		long quiz = host.liveAssessment(courseInstance, "Quiz 1");
		long student = host.student(courseInstance, "Ada Lovelace");
		long session = host.openSession(courseInstance, quiz);
		long instance = host.startAssessment(quiz, student, 2);
		host.grade(instance, 5);
		long participant = host.queryLong("SELECT id FROM plr_participants WHERE session_id = ?", session);

		await().atMost(DELIVERY)
			.untilAsserted(
					() -> assertThat(participants.values(key(participant))).extracting(ParticipantChanged::version)
						.contains(1L, 2L));
		ParticipantChanged latest = latest(participants.values(key(participant)));
		assertThat(latest.points()).isEqualTo(5000);
		assertThat(latest.userId()).isEqualTo(student);
		assertThat(latest.sessionId()).isEqualTo(session);
		assertThat(latest.deleted()).isFalse();
	}

	@Test
	void studentsArriveWithAliasAndRenames() {
		long courseInstance = host.courseInstance(host.course("CS 241"), "Fa26");
		long student = host.student(courseInstance, "Grace Hopper");
		host.update("UPDATE plr_students SET display_name = 'Amazing Grace' WHERE user_id = ?", student);

		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(latest(students.values(key(student)))).satisfies((renamed) -> {
				assertThat(renamed.displayName()).isEqualTo("Amazing Grace");
				assertThat(renamed.version()).isEqualTo(2);
			}));
		assertThat(students.values(key(student))).filteredOn((change) -> change.version() == 1)
			.first()
			.satisfies((created) -> assertThat(created.displayName()).doesNotContain("Grace"));
	}

	@Test
	void aDeletedEnrollmentArrivesAsADeletionThatSupersedesIt() {
		long courseInstance = host.courseInstance(host.course("CS 357"), "Fa26");
		long student = host.student(courseInstance, "Alan Turing");
		long enrollment = host.queryLong("SELECT id FROM enrollments WHERE user_id = ?", student);
		host.update("DELETE FROM enrollments WHERE id = ?", enrollment);

		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(latest(enrollments.values(key(enrollment))))
				.isEqualTo(new EnrollmentChanged(enrollment, student,
						host.queryLong("SELECT course_id FROM course_instances WHERE id = ?", courseInstance),
						courseInstance, 2, true)));
	}

	@Test
	void poisonGoesToTheDeadLetterTopicAndTheNextGoodRowStillArrives() {
		long courseInstance = host.courseInstance(host.course("CS 374"), "Fa26");
		host.rows("SELECT pg_notify('plr_changes', 'this is not json')");
		// A row that breaks the event contract, written past the trigger that keeps
		// versions valid.
		host.update("ALTER TABLE plr_enrollments DISABLE TRIGGER plr_enrollments_version");
		long poisonId = 990_000_000_000L + courseInstance;
		try {
			host.update("INSERT INTO plr_enrollments (id, user_id, course_id, course_instance_id, version) "
					+ "VALUES (?, 1, 1, ?, 0)", poisonId, courseInstance);
		}
		finally {
			host.update("ALTER TABLE plr_enrollments ENABLE TRIGGER plr_enrollments_version");
		}
		long student = host.student(courseInstance, "Barbara Liskov");

		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(latest(students.values(key(student))).userId()).isEqualTo(student));
		await().atMost(DELIVERY).untilAsserted(() -> {
			List<DeadLetter> letters = deadLetters.records().stream().map((record) -> record.value()).toList();
			assertThat(letters).anySatisfy((letter) -> {
				assertThat(letter.source()).isEqualTo("notify:plr_changes");
				assertThat(letter.reason()).startsWith("Notification payload is not JSON");
				assertThat(letter.payload()).isEqualTo("this is not json");
			});
			assertThat(letters).anySatisfy((letter) -> {
				assertThat(letter.source()).isEqualTo("cdc:plr_enrollments");
				assertThat(letter.reason()).contains("version must be at least 1 but was 0");
				assertThat(letter.payload()).contains(Long.toString(poisonId));
				assertThat(letter.position()).startsWith("lsn ");
			});
		});
		assertThat(this.meters.get("plr.capture.dead.letters").tag("path", "cdc").counter().count()).isPositive();
	}

	@Test
	void reportsEngineListenerAndKafkaHealthUp() throws IOException, InterruptedException {
		await().atMost(DELIVERY).untilAsserted(() -> {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		});
	}

	@Test
	void declaresTheTopicsItProducesWithTheirCleanupPolicy() throws InterruptedException, ExecutionException {
		Map<String, String> expected = Map.of(Topics.LIVE_SESSION_CHANGES.name(), "compact",
				Topics.PARTICIPANT_CHANGES.name(), "compact", Topics.STUDENT_CHANGES.name(), "compact",
				Topics.ENROLLMENT_CHANGES.name(), "compact", Topics.CAPTURE_DEAD_LETTERS.name(), "delete");
		assertThat(TestInfrastructure.kafka().cleanupPolicies(expected.keySet())).isEqualTo(expected);
	}

	static String key(long id) {
		return Long.toString(id);
	}

	/**
	 * The change a consumer keeps: the highest version, whatever order the two paths
	 * delivered in.
	 */
	static <T extends RowChange> T latest(List<T> values) {
		assertThat(values).isNotEmpty();
		return values.stream().max(Comparator.comparingLong(RowChange::version)).orElseThrow();
	}

}
