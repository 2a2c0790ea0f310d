package io.plrlive.capture;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.plrlive.capture.debezium.DebeziumEngineHealth;
import io.plrlive.capture.debezium.DebeziumEngineLifecycle;
import io.plrlive.contracts.CleanupPolicy;
import io.plrlive.contracts.TopicSpec;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;
import io.plrlive.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replication slot that disappears while the engine's offsets remain would let a new
 * slot silently skip every change committed in between; the engine refuses to start
 * instead, and health says why.
 */
@SpringBootTest(properties = { "spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME, "server.port=0" })
@DirtiesContext
class LostPositionIT {

	private static final CapturedDatabase database = CapturedDatabase.create();

	private static final HostDatabase host = database.host();

	@Autowired
	DebeziumEngineLifecycle engine;

	@Autowired
	DebeziumEngineHealth engineHealth;

	@DynamicPropertySource
	static void captureThisDatabase(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@Test
	void aDroppedSlotWithStoredOffsetsStopsTheEngineLoudly() {
		String slot = database.properties().get("capture.cdc.slot-name");
		String offsetsTopic = database.properties().get("capture.cdc.offsets-topic");
		host.student(host.courseInstance(host.course("CS 598"), "Fa26"), "Leslie Lamport");
		try (TopicReader<byte[], byte[]> offsets = new TopicReader<>(TestInfrastructure.kafka(), new TopicSpec<>(
				offsetsTopic, Serdes.ByteArray(), Serdes.ByteArray(), "engine", CleanupPolicy.COMPACT))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> !offsets.records().isEmpty());
		}

		this.engine.stop();
		host.rows("SELECT pg_drop_replication_slot(?)", slot);
		this.engine.start();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.engineHealth.health()).satisfies((health) -> {
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("status", "POSITION_LOST");
				assertThat((String) health.getDetails().get("lastError"))
					.contains("Replication slot " + slot + " does not exist")
					.contains("set capture.cdc.engine-name to a new name");
			}));
		assertThat(host.queryLong("SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?", slot)).isZero();
	}

}
