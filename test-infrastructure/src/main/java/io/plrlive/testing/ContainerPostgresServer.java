package io.plrlive.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 17 in a Docker container, configured like the embedded server.
 */
final class ContainerPostgresServer implements PostgresServer {

	private final PostgreSQLContainer container;

	private final AtomicInteger databases = new AtomicInteger();

	ContainerPostgresServer() {
		this.container = new PostgreSQLContainer("postgres:17").withCommand("postgres", "-c", "wal_level=logical", "-c",
				"wal_writer_delay=10ms", "-c", "max_wal_senders=20", "-c", "max_replication_slots=20", "-c",
				"max_connections=300", "-c", "fsync=off");
		this.container.start();
	}

	@Override
	public TestDatabase createDatabase() {
		String name = "plr_test_" + this.databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(this.container.getJdbcUrl(),
				this.container.getUsername(), this.container.getPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return new TestDatabase(name, this.container.getHost(), this.container.getMappedPort(5432),
				this.container.getUsername(), this.container.getPassword());
	}

	@Override
	public void close() {
		this.container.stop();
	}

}
