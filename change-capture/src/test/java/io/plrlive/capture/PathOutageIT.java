package io.plrlive.capture;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.capture.debezium.DebeziumEngineLifecycle;
import io.plrlive.capture.notify.NotificationListener;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static io.plrlive.capture.ChangeCaptureIT.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each path covers for the other: with the engine stopped NOTIFY alone delivers live
 * changes, and what was committed while neither path ran arrives by logical replication
 * once the engine is back.
 */
@SpringBootTest(properties = { "spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME, "server.port=0" })
@DirtiesContext
class PathOutageIT {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final CapturedDatabase database = CapturedDatabase.create();

	private static final HostDatabase host = database.host();

	private static TopicReader<String, StudentChanged> students;

	@Autowired
	DebeziumEngineLifecycle engine;

	@Autowired
	NotificationListener listener;

	@DynamicPropertySource
	static void captureThisDatabase(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@BeforeAll
	static void readTopics() {
		students = new TopicReader<>(TestInfrastructure.kafka(), Topics.STUDENT_CHANGES);
	}

	@AfterAll
	static void closeReader() {
		students.close();
	}

	@Test
	void notifyDeliversWhileTheEngineIsDownAndTheEngineCatchesUpOnWhatNobodyDelivered() {
		long courseInstance = host.courseInstance(host.course("CS 433"), "Fa26");
		long student = host.student(courseInstance, "John Backus");
		await().atMost(DELIVERY).until(() -> !students.values(key(student)).isEmpty());

		this.engine.stop();
		rename(student, "Fortran");
		await().atMost(DELIVERY).until(() -> displayNames(student).contains("Fortran"));

		this.listener.stop();
		rename(student, "Backus Naur");
		this.engine.start();
		await().atMost(DELIVERY).until(() -> displayNames(student).contains("Backus Naur"));

		this.listener.start();
		rename(student, "Speedcoding");
		await().atMost(DELIVERY).until(() -> displayNames(student).contains("Speedcoding"));
		assertThat(students.values(key(student))).extracting(StudentChanged::version).contains(1L, 2L, 3L, 4L);
	}

	private static void rename(long student, String name) {
		host.update("UPDATE plr_students SET display_name = ? WHERE user_id = ?", name, student);
	}

	private static java.util.List<String> displayNames(long student) {
		return students.values(key(student)).stream().map(StudentChanged::displayName).toList();
	}

}
