package io.plrlive.capture;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.plrlive.schema.PlrSchema;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.TestInfrastructure;

/**
 * A fresh PLR database for one test class, with ids of its own range (all test classes
 * share the change topics) and a replication slot, engine name and offsets topic of its
 * own.
 *
 * @param database the database
 * @param host writes to it
 * @param name unique name of this capture setup
 */
record CapturedDatabase(TestDatabase database, HostDatabase host, String name) {

	private static final AtomicInteger created = new AtomicInteger();

	static CapturedDatabase create() {
		TestDatabase database = TestInfrastructure.postgres().createDatabase();
		PlrSchema.migrateStandalone(database.dataSource());
		HostDatabase host = new HostDatabase(database.dataSource());
		int number = Integer.parseInt(database.name().replaceAll("\\D", "")) * 100 + created.incrementAndGet();
		host.separateIds(number * 1_000_000L);
		return new CapturedDatabase(database, host, database.name());
	}

	/**
	 * Points change capture at this database and at the shared broker.
	 * @param registry the test's property registry
	 */
	void register(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
		registry.add("capture.database.url", this.database::jdbcUrl);
		registry.add("capture.database.username", this.database::username);
		registry.add("capture.database.password", this.database::password);
		registry.add("capture.cdc.slot-name", () -> "slot_" + this.name);
		registry.add("capture.cdc.engine-name", () -> "engine-" + this.name);
		registry.add("capture.cdc.offsets-topic", () -> "plr.capture-offsets-" + this.name);
		registry.add("capture.cdc.heartbeat-interval", () -> "1s");
		registry.add("capture.cdc.restart-backoff", () -> "100ms");
		registry.add("capture.cdc.restart-backoff-max", () -> "1s");
	}

}
