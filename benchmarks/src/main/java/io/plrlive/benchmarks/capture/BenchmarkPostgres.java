package io.plrlive.benchmarks.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 as a child process, configured as production would be (fsync on, full
 * page writes on) apart from the {@code wal_writer_delay} under comparison, with a fresh
 * data directory for every run.
 */
final class BenchmarkPostgres implements AutoCloseable {

	/** The superuser of zonky's initdb, trusted on loopback without a password. */
	static final String SUPERUSER = "postgres";

	private static final String DATABASE = "plr_bench";

	private static final Logger log = LoggerFactory.getLogger(BenchmarkPostgres.class);

	private final EmbeddedPostgres postgres;

	private BenchmarkPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts the server on a free loopback port and creates the benchmark database.
	 * @param delay the {@code wal_writer_delay} to run with
	 * @return the running server
	 */
	static BenchmarkPostgres start(WalWriterDelay delay) {
		return start(delay, Map.of());
	}

	/**
	 * Starts the server with further settings.
	 * @param delay the {@code wal_writer_delay} to run with
	 * @param extra further postgresql.conf settings
	 * @return the running server
	 */
	static BenchmarkPostgres start(WalWriterDelay delay, Map<String, String> extra) {
		try {
			// No fsync=off here, unlike the test infrastructure: durability settings are
			// part of what is measured.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("wal_level", "logical")
				.setServerConfig("wal_writer_delay", delay.setting())
				.setServerConfig("max_wal_senders", "20")
				.setServerConfig("max_replication_slots", "20")
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
			extra.forEach(builder::setServerConfig);
			EmbeddedPostgres postgres = builder.start();
			BenchmarkPostgres server = new BenchmarkPostgres(postgres);
			server.execute("CREATE DATABASE " + DATABASE);
			log.info("PostgreSQL started at {} with wal_writer_delay {}", server.jdbcUrl(), delay.setting());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	DataSource dataSource() {
		return this.postgres.getDatabase(SUPERUSER, DATABASE);
	}

	/**
	 * The settings that matter to the measurement, as the running server reports them.
	 * @return setting name to value with unit, in a stable order
	 */
	Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet version = statement.executeQuery("SHOW server_version")) {
				version.next();
				settings.put("server_version", version.getString(1));
			}
			try (ResultSet rows = statement.executeQuery("SELECT name, setting || coalesce(unit, '') FROM pg_settings "
					+ "WHERE name IN ('wal_level', 'wal_writer_delay', 'wal_writer_flush_after', 'fsync', "
					+ "'synchronous_commit', 'full_page_writes', 'max_wal_senders', 'max_replication_slots', "
					+ "'shared_buffers') ORDER BY name")) {
				while (rows.next()) {
					settings.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the server settings: " + ex.getMessage(), ex);
		}
		return settings;
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

	private void execute(String sql) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "': " + ex.getMessage(), ex);
		}
	}

}
