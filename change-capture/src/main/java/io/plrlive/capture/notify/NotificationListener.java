package io.plrlive.capture.notify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.plrlive.capture.Backoff;
import io.plrlive.capture.mapping.CapturePath;
import io.plrlive.capture.mapping.UnmappableRowException;
import io.plrlive.capture.publish.ChangePublisher;
import io.plrlive.contracts.capture.CapturedTable;

/**
 * Holds a dedicated LISTEN connection on {@value CapturedTable#NOTIFY_CHANNEL} and
 * publishes every notified row immediately, on its own thread. When the connection or the
 * database drops it reconnects with backoff; whatever was notified meanwhile is lost to
 * this path and delivered by logical replication.
 */
public class NotificationListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

	private final String jdbcUrl;

	private final Properties credentials;

	private final ChangePublisher publisher;

	private final Duration pollInterval;

	private final Backoff reconnectBackoff;

	private volatile ListenerState state = ListenerState.stopped();

	private volatile boolean running;

	private volatile Connection connection;

	private Thread thread;

	public NotificationListener(String jdbcUrl, Properties credentials, ChangePublisher publisher,
			Duration pollInterval, Backoff reconnectBackoff) {
		this.jdbcUrl = jdbcUrl;
		this.credentials = new Properties();
		this.credentials.putAll(credentials);
		this.credentials.setProperty("ApplicationName", "plr-capture-listener");
		this.publisher = publisher;
		this.pollInterval = pollInterval;
		this.reconnectBackoff = reconnectBackoff;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::listenUntilStopped, "plr-notify-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		closeQuietly(this.connection);
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.state = this.state.to(ListenerState.Status.STOPPED, null);
		log.info("NOTIFY listener stopped");
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	ListenerState state() {
		return this.state;
	}

	private void listenUntilStopped() {
		int failures = 0;
		while (this.running) {
			if (failures == 0) {
				this.state = this.state.to(ListenerState.Status.CONNECTING, this.state.lastError());
			}
			try (Connection listening = DriverManager.getConnection(this.jdbcUrl, this.credentials)) {
				this.connection = listening;
				PromptNotifications.apply(listening);
				listen(listening);
				this.state = this.state.to(ListenerState.Status.LISTENING, null);
				log.info("NOTIFY listener listening on channel {}", CapturedTable.NOTIFY_CHANNEL);
				failures = 0;
				receiveUntilBroken(listening);
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				failures++;
				Duration delay = this.reconnectBackoff.delay(failures);
				this.state = this.state.to(ListenerState.Status.RECONNECTING, ex.getMessage());
				log.warn("NOTIFY listener lost its connection ({}); reconnecting in {} ms", ex.getMessage(),
						delay.toMillis());
				if (!pause(delay)) {
					return;
				}
			}
		}
	}

	private static void listen(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CapturedTable.NOTIFY_CHANNEL);
		}
	}

	private void receiveUntilBroken(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		while (this.running) {
			PGNotification[] notifications = postgres.getNotifications((int) this.pollInterval.toMillis());
			if (notifications == null || notifications.length == 0) {
				// An idle connection whose peer vanished raises nothing by itself: probe
				// it.
				if (!connection.isValid(5)) {
					throw new SQLException("LISTEN connection is no longer valid");
				}
				continue;
			}
			for (PGNotification notification : notifications) {
				publish(notification);
			}
		}
	}

	private void publish(PGNotification notification) {
		String payload = notification.getParameter();
		try {
			NotificationPayload.read(payload).ifPresent((row) -> this.publisher.publish(row).exceptionally((ex) -> {
				log.warn("Publishing a notified change failed; logical replication will deliver it: {}",
						ex.getMessage());
				return null;
			}));
		}
		catch (UnmappableRowException ex) {
			this.publisher.deadLetter(CapturePath.NOTIFY, "notify:" + CapturedTable.NOTIFY_CHANNEL,
					"pid " + notification.getPID(), ex.getMessage(), payload);
		}
	}

	private boolean pause(Duration delay) {
		try {
			TimeUnit.MILLISECONDS.sleep(delay.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing the LISTEN connection failed", ex);
		}
	}

	@Override
	public int getPhase() {
		// Start after the Kafka producer is usable, stop before it closes.
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

}
