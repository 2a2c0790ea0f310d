package io.plrlive.benchmarks.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * The processes of the embedded PostgreSQL server: the postmaster and its children (a
 * backend per connection, the WAL sender of the CDC path, the WAL writer, the
 * checkpointer and the other background workers).
 */
final class PostgresProcesses {

	private final long postmaster;

	private PostgresProcesses(long postmaster) {
		this.postmaster = postmaster;
	}

	/**
	 * Finds the server through one of its backends, whose parent is the postmaster.
	 * @param dataSource a database of the server
	 * @return its processes
	 */
	static PostgresProcesses of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
			backend.next();
			long pid = backend.getLong(1);
			return new PostgresProcesses(ProcFiles.parent(pid)
				.orElseThrow(() -> new IllegalStateException("No process " + pid + " in /proc")));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not find PostgreSQL's backend: " + ex.getMessage(), ex);
		}
	}

	long postmasterPid() {
		return this.postmaster;
	}

	/**
	 * The processor time the server has used so far: the postmaster's, that of its living
	 * children and that of the children that have ended (which the postmaster has waited
	 * for). Differences between two calls are the server's processor time in between.
	 * @return seconds, user and system together
	 */
	double cpuSeconds() {
		return processes().mapToDouble((pid) -> ProcFiles.cpuSecondsWithEndedChildren(pid).orElse(0.0)).sum();
	}

	/**
	 * The server's memory: the proportional set sizes of its processes, which count the
	 * shared buffers once in all.
	 * @return bytes
	 */
	long proportionalBytes() {
		return processes().mapToLong(ProcFiles::proportionalBytes).sum();
	}

	private Stream<Long> processes() {
		List<Long> children = ProcessHandle.of(this.postmaster)
			.map((process) -> process.children().map(ProcessHandle::pid).toList())
			.orElse(List.of());
		return Stream.concat(Stream.of(this.postmaster), children.stream());
	}

}
