package io.plrlive.testing;

/**
 * A running PostgreSQL 17 server with {@code wal_level=logical} and a low
 * {@code wal_writer_delay}. Tests get isolation by creating a database of their own
 * instead of sharing one.
 */
public interface PostgresServer extends AutoCloseable {

	/**
	 * Creates a new, empty database on the server.
	 * @return the database, reachable by a superuser (who may also replicate)
	 */
	TestDatabase createDatabase();

	/**
	 * Stops the server.
	 */
	@Override
	void close();

}
