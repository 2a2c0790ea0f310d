package io.plrlive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 from zonky's embedded binaries, run as a child process of the test JVM.
 */
final class EmbeddedPostgresServer implements PostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private final AtomicInteger databases = new AtomicInteger();

	EmbeddedPostgresServer() {
		try {
			this.postgres = configure(EmbeddedPostgres.builder()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
		log.info("Embedded PostgreSQL started on port {}", this.postgres.getPort());
	}

	/**
	 * The server settings the PLR pipeline needs, also used by the local launcher's
	 * embedded database.
	 * @param builder a zonky builder
	 * @return the builder, configured
	 */
	static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) {
		return builder.setServerConfig("wal_level", "logical")
			.setServerConfig("wal_writer_delay", "10ms")
			.setServerConfig("max_wal_senders", "20")
			.setServerConfig("max_replication_slots", "20")
			.setServerConfig("max_connections", "300")
			// Test data is disposable: skip the disk flushes that dominate a 2-core CI
			// machine.
			.setServerConfig("fsync", "off")
			.setServerConfig("full_page_writes", "off");
	}

	@Override
	public TestDatabase createDatabase() {
		String name = "plr_test_" + this.databases.incrementAndGet();
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return new TestDatabase(name, "localhost", this.postgres.getPort(), SUPERUSER, SUPERUSER);
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not stop", ex);
		}
	}

}
