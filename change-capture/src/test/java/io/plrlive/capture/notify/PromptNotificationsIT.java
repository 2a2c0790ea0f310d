package io.plrlive.capture.notify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The driver setting of the LISTEN connection, on the real database: it applies to this
 * driver version, and the connection still receives every notification with it.
 */
class PromptNotificationsIT {

	private final TestDatabase database = TestInfrastructure.postgres().createDatabase();

	@Test
	void appliesToTheDriverAndTheConnectionStillReceivesEveryNotification() throws SQLException {
		try (Connection listening = connect(); Connection notifying = connect()) {
			assertThat(PromptNotifications.apply(listening)).as("applied to this driver version").isTrue();
			execute(listening, "LISTEN prompt_test");

			for (int n = 1; n <= 3; n++) {
				execute(notifying, "NOTIFY prompt_test, 'change " + n + "'");
			}

			List<String> received = new ArrayList<>();
			PGConnection postgres = listening.unwrap(PGConnection.class);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				PGNotification[] notifications = postgres.getNotifications(100);
				if (notifications != null) {
					for (PGNotification notification : notifications) {
						received.add(notification.getParameter());
					}
				}
				assertThat(received).containsExactly("change 1", "change 2", "change 3");
			});
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.database.jdbcUrl(), this.database.username(), this.database.password());
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
