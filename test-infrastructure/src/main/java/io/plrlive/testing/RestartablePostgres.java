package io.plrlive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server of one test's own, configured like the shared one, that the test
 * can restart (stop and start on the same data directory and port) to see what its
 * clients do when the database goes away. Always embedded: a container could not keep its
 * port across a restart.
 */
public final class RestartablePostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RestartablePostgres.class);

	private final Path dataDirectory;

	private final int port;

	private final AtomicInteger databases = new AtomicInteger();

	private EmbeddedPostgres postgres;

	private RestartablePostgres(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.postgres = launch();
	}

	/**
	 * Starts a new server in a temporary data directory on a free port.
	 * @return the running server
	 */
	public static RestartablePostgres start() {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for a restartable PostgreSQL", ex);
		}
		try {
			return new RestartablePostgres(Files.createTempDirectory("plr-restartable-postgres-").resolve("data"),
					port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No data directory for a restartable PostgreSQL", ex);
		}
	}

	/**
	 * Creates a new, empty database on the server.
	 * @return the database
	 */
	public TestDatabase createDatabase() {
		String name = "plr_restartable_" + this.databases.incrementAndGet();
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return new TestDatabase(name, "localhost", this.port, "postgres", "postgres");
	}

	/**
	 * Stops the server (fast shutdown: every client connection is cut) and starts it
	 * again with the same data.
	 */
	public synchronized void restart() {
		closeServer();
		// The stopped server may hold its port for a moment after it exits.
		for (int attempt = 1;; attempt++) {
			try {
				this.postgres = launch();
				log.info("PostgreSQL restarted on port {}", this.port);
				return;
			}
			catch (UncheckedIOException ex) {
				if (attempt == 5) {
					throw ex;
				}
				log.warn("PostgreSQL did not start again on port {} (attempt {}); retrying", this.port, attempt);
				pause();
			}
		}
	}

	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while restarting PostgreSQL", ex);
		}
	}

	@Override
	public synchronized void close() {
		closeServer();
	}

	private EmbeddedPostgres launch() {
		try {
			return EmbeddedPostgresServer.configure(EmbeddedPostgres.builder())
				.setDataDirectory(this.dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(this.port)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start on port " + this.port, ex);
		}
	}

	private void closeServer() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not stop", ex);
		}
	}

}
