package io.plrlive.capture.notify;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.core.BaseConnection;
import org.postgresql.core.PGStream;
import org.postgresql.core.QueryExecutorBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the PostgreSQL driver hand over notifications as soon as it has read them.
 * <p>
 * {@code PGConnection.getNotifications(timeout)} returns only when the driver sees no
 * more data: once its buffer is empty, {@code PGStream.hasMessagePending()} waits up to 1
 * ms on the socket for another message, and again after each one that arrives in time.
 * The driver means to skip these waits for a while ({@code nextStreamAvailableCheckTime})
 * but sets that only when the socket reports its end, not when a wait times out. So under
 * a steady stream of about one notification per millisecond the call keeps collecting,
 * for up to hundreds of milliseconds, before it returns any: the capture benchmark's
 * NOTIFY path measured p50 30–40 ms and p99 190–320 ms at 1,000 changes/s against 2.6 and
 * 4.0 ms at 750/s, with the listener thread waiting in that check most of the time (and
 * 1.5 and 5.2 ms at 1,000/s with this setting, docs/benchmarks.md). With the next check
 * put off for good, the driver waits on the socket only in the blocking read that starts
 * each call, and returns what it has read as soon as its buffer is empty. The driver
 * offers no setting for it, so it is set on the connection's stream by reflection; with a
 * driver version that lacks the field, the listener works as before and says so in the
 * log.
 */
final class PromptNotifications {

	private static final Logger log = LoggerFactory.getLogger(PromptNotifications.class);

	private PromptNotifications() {
	}

	/**
	 * Applies the setting to a connection of the PostgreSQL driver.
	 * @param connection the LISTEN connection
	 * @return whether it was applied
	 */
	static boolean apply(Connection connection) {
		try {
			Object executor = connection.unwrap(BaseConnection.class).getQueryExecutor();
			Field streamField = QueryExecutorBase.class.getDeclaredField("pgStream");
			streamField.setAccessible(true);
			PGStream stream = (PGStream) streamField.get(executor);
			Field nextCheck = PGStream.class.getDeclaredField("nextStreamAvailableCheckTime");
			nextCheck.setAccessible(true);
			nextCheck.setLong(stream, Long.MAX_VALUE);
			return true;
		}
		catch (ReflectiveOperationException | SQLException | RuntimeException ex) {
			log.warn("Could not make the PostgreSQL driver hand over notifications at once ({}): under a steady "
					+ "stream of changes the NOTIFY path may deliver them in delayed batches", ex.toString());
			return false;
		}
	}

}
