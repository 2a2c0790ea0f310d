package io.plrlive.capture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.testing.ServiceProcess;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Change capture killed (SIGKILL, no graceful stop) in the middle of a stream of 10,000
 * changes and started again: every change is in Kafka afterwards. Duplicates are allowed;
 * losses are not.
 */
class CrashRecoveryIT {

	private static final int CHANGES = 10_000;

	@Test
	void everyChangeReachesKafkaAcrossAKill() throws Exception {
		CapturedDatabase database = CapturedDatabase.create();
		ScoreStream quiz = new ScoreStream(database.host(), "CS 498", 200);
		Path log = Path.of("target", "crash-recovery-" + database.name() + ".log");
		ServiceProcess first = ServiceProcess.start(ChangeCaptureApplication.class, database.arguments(), log);
		ServiceProcess second = null;
		try {
			first.awaitHealthy();
			// Killed before its initial snapshot is done, capture would take it again:
			// consumers would get every
			// participant's latest state but not the versions in between. Start the
			// stream once the snapshot is in.
			try (TopicReader<String, ParticipantChanged> participants = new TopicReader<>(TestInfrastructure.kafka(),
					Topics.PARTICIPANT_CHANGES)) {
				await().atMost(Duration.ofSeconds(120))
					.untilAsserted(() -> quiz.assertEveryVersionIn(values(participants)));
			}
			second = killMidStreamAndRestart(quiz, first, database, log);
			try (TopicReader<String, ParticipantChanged> participants = new TopicReader<>(TestInfrastructure.kafka(),
					Topics.PARTICIPANT_CHANGES)) {
				await().atMost(Duration.ofSeconds(120))
					.untilAsserted(() -> quiz.assertEveryVersionIn(values(participants)));
			}
		}
		finally {
			first.kill();
			if (second != null) {
				second.stop();
			}
		}
	}

	private static ServiceProcess killMidStreamAndRestart(ScoreStream quiz, ServiceProcess first,
			CapturedDatabase database, Path log) throws Exception {

		CompletableFuture<Void> grading = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < CHANGES; i++) {
				quiz.gradeNextWhateverHappens();
			}
		});
		await().atMost(Duration.ofSeconds(120)).until(() -> quiz.committed() >= CHANGES / 4);
		first.kill();
		int committedAtKill = quiz.committed();
		ServiceProcess second = ServiceProcess.start(ChangeCaptureApplication.class, database.arguments(), log);
		second.awaitHealthy();
		grading.get(5, TimeUnit.MINUTES);
		quiz.closeConnection();
		assertThat(committedAtKill).as("killed mid-stream").isBetween(CHANGES / 4, CHANGES - 1);
		return second;
	}

	static List<ParticipantChanged> values(TopicReader<String, ParticipantChanged> participants) {
		return participants.records().stream().map(ConsumerRecord::value).toList();
	}

}
