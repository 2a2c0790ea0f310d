package io.plrlive.capture;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.capture.notify.NotificationListener;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static io.plrlive.capture.ChangeCaptureIT.key;
import static io.plrlive.capture.ChangeCaptureIT.latest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the NOTIFY path disabled, logical replication alone delivers everything: the rows
 * that existed before the service first started (its initial snapshot) and every change
 * after.
 */
@SpringBootTest(properties = { "spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME,
		"capture.listen.enabled=false", "server.port=0" })
@DirtiesContext
class CdcOnlyIT {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final CapturedDatabase database = CapturedDatabase.create();

	private static final HostDatabase host = database.host();

	private static final long courseInstance = host.courseInstance(host.course("CS 421"), "Fa26");

	/** Enrolled before the service ever ran. */
	private static final long earlyStudent = host.student(courseInstance, "Edsger Dijkstra");

	private static TopicReader<String, StudentChanged> students;

	private static TopicReader<String, ParticipantChanged> participants;

	@Autowired
	MeterRegistry meters;

	@Autowired(required = false)
	NotificationListener listener;

	@DynamicPropertySource
	static void captureThisDatabase(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@BeforeAll
	static void readTopics() {
		students = new TopicReader<>(TestInfrastructure.kafka(), Topics.STUDENT_CHANGES);
		participants = new TopicReader<>(TestInfrastructure.kafka(), Topics.PARTICIPANT_CHANGES);
	}

	@AfterAll
	static void closeReaders() {
		students.close();
		participants.close();
	}

	@Test
	void rowsThatExistedBeforeTheFirstStartArriveFromTheSnapshot() {
		assertThat(this.listener).isNull();
		await().atMost(DELIVERY)
			.untilAsserted(
					() -> assertThat(latest(students.values(key(earlyStudent))).userId()).isEqualTo(earlyStudent));
	}

	@Test
	void liveChangesArriveWithEveryVersion() {
		long quiz = host.liveAssessment(courseInstance, "Quiz 1");
		long student = host.student(courseInstance, "Tony Hoare");
		long session = host.openSession(courseInstance, quiz);
		long instance = host.startAssessment(quiz, student, 1);
		for (int points = 2; points <= 6; points++) {
			host.grade(instance, points);
		}
		long participant = host.queryLong("SELECT id FROM plr_participants WHERE session_id = ?", session);

		await().atMost(DELIVERY)
			.untilAsserted(
					() -> assertThat(participants.values(key(participant))).extracting(ParticipantChanged::version)
						.containsExactly(1L, 2L, 3L, 4L, 5L, 6L));
		assertThat(latest(participants.values(key(participant))).points()).isEqualTo(6000);
		assertThat(this.meters.find("plr.capture.events").tag("path", "notify").counter()).isNull();
		assertThat(this.meters.get("plr.capture.events").tag("path", "cdc").counters()).isNotEmpty();
	}

}
