package io.plrlive.testing;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database on the test server, with superuser credentials.
 *
 * @param name database name
 * @param host server host
 * @param port server port
 * @param username superuser name
 * @param password its password
 */
public record TestDatabase(String name, String host, int port, String username, String password) {

	/**
	 * The JDBC URL of the database.
	 * @return e.g. {@code jdbc:postgresql://localhost:5432/plr_test_3}
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

	/**
	 * A non-pooling data source: every connection is new, as in production after a
	 * restart.
	 * @return the data source
	 */
	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(jdbcUrl());
		dataSource.setUser(this.username);
		dataSource.setPassword(this.password);
		return dataSource;
	}

}
