package io.plrlive.capture;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.capture.debezium.DebeziumEngineHealth;
import io.plrlive.capture.notify.NotificationListenerHealth;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.testing.RestartablePostgres;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static io.plrlive.capture.CrashRecoveryIT.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database restarts while students score: both paths notice, report it, reconnect by
 * themselves, and every change committed before and after the restart reaches Kafka.
 */
@SpringBootTest(properties = { "spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME, "server.port=0" })
@DirtiesContext
class DatabaseRestartIT {

	private static final int CHANGES = 3_000;

	private static final RestartablePostgres postgres = RestartablePostgres.start();

	private static final CapturedDatabase database = CapturedDatabase.of(postgres.createDatabase());

	@Autowired
	NotificationListenerHealth listenerHealth;

	@Autowired
	DebeziumEngineHealth engineHealth;

	@DynamicPropertySource
	static void captureThisDatabase(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@AfterAll
	static void stopPostgres() {
		postgres.close();
	}

	@Test
	void bothPathsResumeByThemselvesAndNothingIsLost() throws Exception {
		ScoreStream quiz = new ScoreStream(database.host(), "CS 591", 100);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.engineHealth.health().getStatus().equals(Status.UP)
					&& this.listenerHealth.health().getStatus().equals(Status.UP));

		CompletableFuture<Void> grading = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < CHANGES; i++) {
				quiz.gradeNextWhateverHappens();
			}
		});
		await().atMost(Duration.ofSeconds(120)).until(() -> quiz.committed() >= CHANGES / 3);
		postgres.restart();
		grading.get(5, TimeUnit.MINUTES);
		quiz.closeConnection();

		await().atMost(Duration.ofSeconds(120))
			.until(() -> this.engineHealth.health().getStatus().equals(Status.UP)
					&& this.listenerHealth.health().getStatus().equals(Status.UP));
		try (TopicReader<String, ParticipantChanged> participants = new TopicReader<>(TestInfrastructure.kafka(),
				Topics.PARTICIPANT_CHANGES)) {
			await().atMost(Duration.ofSeconds(120))
				.untilAsserted(() -> quiz.assertEveryVersionIn(values(participants)));
		}
		assertThat(this.listenerHealth.health().getDetails()).containsEntry("reconnections", 1);
	}

}
