package io.plrlive.benchmarks.original;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.postgresql.util.PGInterval;

/**
 * The original's {@code getLiveResults()} on our schema, on one connection of the
 * handlers' pool: every participant of every open live session in every course, joined to
 * their display names, ordered by points (descending), then duration (ascending), with
 * the original's columns in the original's order. Our participants stand for the
 * original's live-session credentials, {@code closed_at IS NULL} for {@code is_live}, and
 * the time from joining to the latest points change for the original's duration.
 * {@code rank} is null while a session is live, as in the original. Our schema has no
 * achievements, so the original's correlated {@code ARRAY_AGG} per row is left out and
 * {@code achievements} is null in every row: the query and its result are a little
 * cheaper than the original's.
 */
final class LiveResultsQuery implements AutoCloseable {

	private static final String SQL = """
			SELECT s.display_name, p.points, NULL::bigint AS rank, p.points_changed_at - p.joined_at AS duration,
			       p.id AS identifier, NULL::text[] AS achievements
			  FROM plr_participants p
			  JOIN plr_students s ON s.user_id = p.user_id
			  JOIN plr_live_sessions ls ON ls.id = p.session_id
			 WHERE ls.closed_at IS NULL
			 ORDER BY p.points DESC, duration ASC
			""";

	private static final int TIMEOUT_SECONDS = 30;

	private final PreparedStatement statement;

	LiveResultsQuery(Connection connection) throws SQLException {
		this.statement = connection.prepareStatement(SQL);
		this.statement.setQueryTimeout(TIMEOUT_SECONDS);
	}

	/**
	 * Runs the query and writes its rows as node-postgres and {@code JSON.stringify}
	 * wrote them.
	 * @return the JSON array
	 * @throws SQLException if the query fails
	 */
	LiveResults run() throws SQLException {
		LiveResultsJson json = new LiveResultsJson();
		try (ResultSet rows = this.statement.executeQuery()) {
			while (rows.next()) {
				json.row(rows.getString(1), rows.getLong(2), (PGInterval) rows.getObject(4), rows.getLong(5));
			}
		}
		return json.finish();
	}

	@Override
	public void close() throws SQLException {
		this.statement.close();
	}

}
