package io.plrlive.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 as a child process of the launcher, with the server settings the pipeline
 * needs and its data kept between runs.
 */
final class LocalPostgres implements AutoCloseable {

	static final String DATABASE = "plr";

	// zonky's initdb trusts local connections: no password.
	static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

	private final EmbeddedPostgres postgres;

	private LocalPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts the server on a free port, creating the data directory and the {@code plr}
	 * database on first use.
	 * @param dataDirectory where the server keeps its data
	 * @return the running server
	 */
	static LocalPostgres start(Path dataDirectory) {
		try {
			LocalPostgres local = new LocalPostgres(EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// The launcher stops PostgreSQL itself, after the apps and Kafka.
				.setRegisterShutdownHook(false)
				// Logical replication for change capture; WAL flushed every 10 ms instead
				// of 200 ms, which is most of the replication latency.
				.setServerConfig("wal_level", "logical")
				.setServerConfig("wal_writer_delay", "10ms")
				.setServerConfig("max_wal_senders", "20")
				.setServerConfig("max_replication_slots", "20")
				.start());
			local.createDatabaseIfMissing();
			log.info("PostgreSQL started at {} with data in {}", local.jdbcUrl(), dataDirectory);
			return local;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start with data directory " + dataDirectory, ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	DataSource dataSource() {
		return this.postgres.getDatabase(SUPERUSER, DATABASE);
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not stop", ex);
		}
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet existing = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (existing.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + DATABASE, ex);
		}
	}

}
