package io.plrlive.benchmarks.scale;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * One database connection handed out for every statement of the seed, which opens a
 * connection per statement: at 1,000 course instances that is thousands of PostgreSQL
 * backends started one after the other, minutes of set-up that measure nothing. The
 * statements and their transactions (autocommit) stay the same. Closing a handed-out
 * connection does nothing; {@link #close()} closes the real one.
 */
final class SeedConnection implements DataSource, AutoCloseable {

	private final Connection connection;

	private final Connection unclosable;

	SeedConnection(DataSource dataSource) {
		try {
			this.connection = dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect for the seed: " + ex.getMessage(), ex);
		}
		this.unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new IgnoreClose(this.connection));
	}

	@Override
	public Connection getConnection() {
		return this.unclosable;
	}

	@Override
	public Connection getConnection(String username, String password) {
		return this.unclosable;
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		throw new SQLException("Not a wrapper");
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return false;
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not close the seed's connection: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Passes every call to the real connection except {@code close}.
	 */
	private record IgnoreClose(Connection connection) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
			if (method.getName().equals("close") && method.getParameterCount() == 0) {
				return null;
			}
			try {
				return method.invoke(this.connection, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
