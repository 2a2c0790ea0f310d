package io.plrlive.benchmarks.original;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The original's change signal on our schema: a row trigger on {@code plr_participants}
 * (the table PLR Live's scoring trigger maintains, in place of the original's
 * {@code PLR_live_session_credentials}) that runs
 * {@code pg_notify('table_change_notification', '')} after every insert or update, with
 * an empty payload, as the original's {@code send_notification()} did. PostgreSQL
 * delivers it at commit, one per transaction.
 */
final class EmptyPayloadTrigger {

	static final String CHANNEL = "table_change_notification";

	private static final String INSTALL = """
			CREATE FUNCTION original_plr_send_notification() RETURNS trigger
			  LANGUAGE plpgsql
			AS $$
			BEGIN
			  PERFORM pg_notify('table_change_notification', '');
			  RETURN NEW;
			END
			$$;
			CREATE TRIGGER original_plr_notify_change AFTER INSERT OR UPDATE ON plr_participants
			  FOR EACH ROW EXECUTE FUNCTION original_plr_send_notification();
			""";

	private static final String REMOVE = """
			DROP TRIGGER IF EXISTS original_plr_notify_change ON plr_participants;
			DROP FUNCTION IF EXISTS original_plr_send_notification();
			""";

	private EmptyPayloadTrigger() {
	}

	static void install(DataSource dataSource) {
		execute(dataSource, INSTALL);
	}

	/** Removes it, so that it costs the pipeline's run nothing. */
	static void remove(DataSource dataSource) {
		execute(dataSource, REMOVE);
	}

	private static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not change the original's trigger: " + ex.getMessage(), ex);
		}
	}

}
