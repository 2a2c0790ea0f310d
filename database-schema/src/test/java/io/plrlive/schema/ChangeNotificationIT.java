package io.plrlive.schema;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChangeNotificationIT {

	private static HostDatabase host;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@Test
	void aListenerReceivesEveryParticipantChangeWithTheRowAndItsVersion() throws Exception {
		long courseInstanceId = host.courseInstance(host.course("CS 357"), "Fa26");
		long quiz = host.liveAssessment(courseInstanceId, "Quiz 1");
		long student = host.student(courseInstanceId, "Katherine Johnson");
		long session = host.openSession(courseInstanceId, quiz);
		try (ChangeListener listener = new ChangeListener(host.dataSource())) {
			long instance = host.startAssessment(quiz, student, 3);
			host.grade(instance, 4);

			await().atMost(Duration.ofSeconds(10)).until(() -> listener.changesOf("plr_participants").size() == 2);
			List<JsonNode> changes = listener.changesOf("plr_participants");
			assertThat(changes).extracting((change) -> change.path("op").asString())
				.containsExactly("INSERT", "UPDATE");
			JsonNode row = changes.get(1).path("row");
			assertThat(row.path("session_id").asLong()).isEqualTo(session);
			assertThat(row.path("user_id").asLong()).isEqualTo(student);
			assertThat(row.path("points").asLong()).isEqualTo(4000);
			assertThat(row.path("version").asLong()).isEqualTo(2);
			assertThat(changes.get(1).path("at").asLong()).isPositive();
		}
	}

	@Test
	void everyCapturedTableNotifiesAndADeletionCarriesTheOldRow() throws Exception {
		try (ChangeListener listener = new ChangeListener(host.dataSource())) {
			long courseInstanceId = host.courseInstance(host.course("CS 418"), "Fa26");
			long student = host.student(courseInstanceId, "Ivan Sutherland");
			long session = host.openSession(courseInstanceId, host.liveAssessment(courseInstanceId, "Quiz 1"));
			host.closeSession(session);
			host.update("DELETE FROM enrollments WHERE user_id = ?", student);

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(listener.changesOf("plr_enrollments")).hasSize(2));
			assertThat(listener.changesOf("plr_students")).singleElement()
				.satisfies((change) -> assertThat(change.path("row").path("user_id").asLong()).isEqualTo(student));
			assertThat(listener.changesOf("plr_live_sessions")).extracting((change) -> change.path("op").asString())
				.containsExactly("INSERT", "UPDATE");
			JsonNode deletion = listener.changesOf("plr_enrollments").get(1);
			assertThat(deletion.path("op").asString()).isEqualTo("DELETE");
			assertThat(deletion.path("row").path("user_id").asLong()).isEqualTo(student);
			assertThat(deletion.path("row").path("version").asLong()).isEqualTo(1);
		}
	}

	@Test
	void thePayloadOfTheLargestPossibleRowStaysUnder8000Bytes() throws Exception {
		long courseInstanceId = host.courseInstance(host.course("CS 498"), "Fa26");
		// The longest title a session keeps, in characters of four UTF-8 bytes each.
		String title = "\uD83D\uDE80".repeat(300);
		long quiz = host.liveAssessment(courseInstanceId, title);
		try (ChangeListener listener = new ChangeListener(host.dataSource())) {
			host.openSession(courseInstanceId, quiz);

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(listener.changesOf("plr_live_sessions")).hasSize(1));
			String payload = listener.payloads().get(0);
			assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
			JsonNode row = listener.changesOf("plr_live_sessions").get(0).path("row");
			assertThat(row.path("assessment_title").asString()).isEqualTo("\uD83D\uDE80".repeat(256));
		}
	}

}
