package io.plrlive.benchmarks.original;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The original's dedicated LISTEN client: one connection, {@code LISTEN
 * table_change_notification}, read on a thread of its own. Each notification is passed on
 * at once, with nothing in it to pass but its arrival.
 */
final class TableChangeListener implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TableChangeListener.class);

	private static final int POLL_MILLIS = 200;

	private final Connection connection;

	private final IntConsumer onNotifications;

	private final Thread thread;

	private volatile boolean running = true;

	/**
	 * Connects, listens and starts reading.
	 * @param dataSource the database
	 * @param onNotifications receives the number of notifications read at once, on the
	 * listener's thread
	 */
	TableChangeListener(DataSource dataSource, IntConsumer onNotifications) {
		try {
			this.connection = dataSource.getConnection();
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("LISTEN " + EmptyPayloadTrigger.CHANNEL);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not LISTEN: " + ex.getMessage(), ex);
		}
		this.onNotifications = onNotifications;
		this.thread = new Thread(this::listen, "original-listen");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void listen() {
		try {
			PGConnection postgres = this.connection.unwrap(PGConnection.class);
			while (this.running) {
				PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
				if (notifications != null && notifications.length > 0) {
					this.onNotifications.accept(notifications.length);
				}
			}
		}
		catch (SQLException ex) {
			if (this.running) {
				// As in the original, nothing reconnects: the boards freeze.
				log.warn("The LISTEN connection failed: {}", ex.getMessage());
			}
		}
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.thread.join(POLL_MILLIS * 10L);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing the LISTEN connection failed: {}", ex.getMessage());
		}
	}

}
