package io.plrlive.capture;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.postgresql.Driver;

import io.plrlive.contracts.capture.CapturedTable;

/**
 * Builds the Debezium engine's settings from {@link CaptureProperties}: the PostgreSQL
 * connector on PLR's publication with pgoutput, offsets stored durably in a Kafka topic,
 * and a heartbeat that writes a logical decoding message so that the slot advances on an
 * idle database (heartbeats alone do not on PostgreSQL 15+).
 */
final class DebeziumEngineSettings {

	/**
	 * Prefix of the engine's internal topic names; only heartbeats and messages use it,
	 * inside the engine.
	 */
	static final String TOPIC_PREFIX = "plr";

	private DebeziumEngineSettings() {
	}

	static Properties of(CaptureProperties capture, List<String> bootstrapServers) {
		CaptureProperties.Cdc cdc = capture.cdc();
		Properties database = Driver.parseURL(capture.database().url(), null);
		if (database == null) {
			throw new IllegalArgumentException(
					"capture.database.url '" + capture.database().url() + "' is not a PostgreSQL JDBC URL");
		}
		Properties engine = new Properties();
		engine.setProperty("name", cdc.engineName());
		engine.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
		engine.setProperty("offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore");
		engine.setProperty("offset.storage.topic", cdc.offsetsTopic());
		engine.setProperty("offset.storage.partitions", "1");
		engine.setProperty("offset.storage.replication.factor", Integer.toString(cdc.offsetsReplicationFactor()));
		// Offsets are stored after every batch: the connector confirms positions to the
		// slot as it processes them,
		// and an offset store lagging behind the slot would turn a crash into a gap.
		engine.setProperty("offset.flush.interval.ms", "0");
		engine.setProperty("bootstrap.servers", String.join(",", bootstrapServers));
		engine.setProperty("database.hostname", database.getProperty("PGHOST", "localhost"));
		engine.setProperty("database.port", database.getProperty("PGPORT", "5432"));
		engine.setProperty("database.dbname", database.getProperty("PGDBNAME"));
		engine.setProperty("database.user", capture.database().username());
		if (capture.database().password() != null) {
			engine.setProperty("database.password", capture.database().password());
		}
		engine.setProperty("topic.prefix", TOPIC_PREFIX);
		engine.setProperty("plugin.name", "pgoutput");
		engine.setProperty("slot.name", cdc.slotName());
		engine.setProperty("publication.name", cdc.publicationName());
		engine.setProperty("publication.autocreate.mode", "filtered");
		engine.setProperty("table.include.list", capturedTables());
		engine.setProperty("snapshot.mode", "initial");
		// A slot ahead of the stored offsets (recreated, or advanced by someone else)
		// fails instead of skipping.
		engine.setProperty("offset.mismatch.strategy", "trust_offset");
		engine.setProperty("tombstones.on.delete", "false");
		engine.setProperty("poll.interval.ms", Long.toString(cdc.pollInterval().toMillis()));
		engine.setProperty("heartbeat.interval.ms", Long.toString(cdc.heartbeatInterval().toMillis()));
		engine.setProperty("heartbeat.action.query",
				"SELECT pg_logical_emit_message(false, 'plr-heartbeat', now()::text)");
		engine.setProperty("key.converter.schemas.enable", "false");
		engine.setProperty("value.converter.schemas.enable", "false");
		cdc.engine().forEach(engine::setProperty);
		return engine;
	}

	private static String capturedTables() {
		return Arrays.stream(CapturedTable.values())
			.map((table) -> "public." + table.tableName())
			.collect(Collectors.joining(","));
	}

}
