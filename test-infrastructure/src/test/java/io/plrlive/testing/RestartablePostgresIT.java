package io.plrlive.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartablePostgresIT {

	@Test
	void keepsItsDataAndPortAcrossARestartAndCutsConnections() throws Exception {
		try (RestartablePostgres postgres = RestartablePostgres.start()) {
			TestDatabase database = postgres.createDatabase();
			HostDatabase host = new HostDatabase(database.dataSource());
			host.update("CREATE TABLE kept (id int)");
			host.update("INSERT INTO kept VALUES (42)");
			try (java.sql.Connection open = database.dataSource().getConnection()) {
				postgres.restart();

				assertThatThrownBy(() -> open.createStatement().execute("SELECT 1"))
					.isInstanceOf(java.sql.SQLException.class);
			}
			assertThat(host.queryLong("SELECT id FROM kept")).isEqualTo(42);
		}
	}

}
