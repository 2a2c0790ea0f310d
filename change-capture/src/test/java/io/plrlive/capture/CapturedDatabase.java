package io.plrlive.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
		return of(TestInfrastructure.postgres().createDatabase());
	}

	static CapturedDatabase of(TestDatabase database) {
		PlrSchema.migrateStandalone(database.dataSource());
		HostDatabase host = new HostDatabase(database.dataSource());
		int number = created.incrementAndGet();
		host.separateIds((1000L + Math.abs(database.name().hashCode() % 1000) * 10 + number) * 1_000_000L);
		return new CapturedDatabase(database, host, database.name() + "_" + number);
	}

	/**
	 * The settings that point change capture at this database and at the shared broker.
	 * @return setting names and values
	 */
	Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers());
		properties.put("capture.database.url", this.database.jdbcUrl());
		properties.put("capture.database.username", this.database.username());
		properties.put("capture.database.password", this.database.password());
		properties.put("capture.cdc.slot-name", "slot_" + this.name);
		properties.put("capture.cdc.engine-name", "engine-" + this.name);
		properties.put("capture.cdc.offsets-topic", "plr.capture-offsets-" + this.name);
		properties.put("capture.cdc.heartbeat-interval", "1s");
		properties.put("capture.cdc.restart-backoff", "100ms");
		properties.put("capture.cdc.restart-backoff-max", "1s");
		properties.put("capture.listen.reconnect-backoff-max", "1s");
		return properties;
	}

	void register(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	List<String> arguments() {
		return properties().entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toList();
	}

}
