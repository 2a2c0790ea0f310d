package io.plrlive.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A LISTEN connection on the PLR change channel that collects what it receives.
 */
final class ChangeListener implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Connection connection;

	private final List<String> payloads = new ArrayList<>();

	ChangeListener(DataSource dataSource) throws SQLException {
		this.connection = dataSource.getConnection();
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("LISTEN plr_changes");
		}
	}

	/**
	 * Receives what has arrived so far (waiting briefly for more) and returns everything
	 * received.
	 */
	List<String> payloads() throws SQLException {
		PGNotification[] notifications = this.connection.unwrap(PGConnection.class).getNotifications(100);
		if (notifications != null) {
			for (PGNotification notification : notifications) {
				this.payloads.add(notification.getParameter());
			}
		}
		return this.payloads;
	}

	List<JsonNode> changesOf(String table) throws SQLException {
		return payloads().stream()
			.map(JSON::readTree)
			.filter((change) -> table.equals(change.path("table").asString()))
			.toList();
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
