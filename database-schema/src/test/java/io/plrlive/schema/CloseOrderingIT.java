package io.plrlive.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A score change and the close of its session, in two concurrent transactions: the change
 * commits before the close and counts, or it sees the close and changes nothing. Never a
 * change written into a closed session.
 */
class CloseOrderingIT {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static HostDatabase host;

	private long session;

	private long ada;

	private long instance;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@BeforeEach
	void openQuizWhereAdaHasFivePoints() {
		long courseInstanceId = host.courseInstance(host.course("CS 374"), "Sp27");
		long quiz = host.liveAssessment(courseInstanceId, "Quiz 1");
		this.ada = host.student(courseInstanceId, "Ada Lovelace");
		this.session = host.openSession(courseInstanceId, quiz);
		this.instance = host.startAssessment(quiz, this.ada, 5);
	}

	@Test
	void theCloseWaitsForAChangeInFlightAndTheChangeCounts() throws Exception {
		try (Connection scoring = host.dataSource().getConnection();
				Connection closing = host.dataSource().getConnection()) {
			scoring.setAutoCommit(false);
			grade(scoring, this.instance, 7);

			CompletableFuture<Void> close = CompletableFuture.runAsync(() -> closeSession(closing, this.session));
			await().atMost(PATIENCE).until(() -> waitingForAdvisoryLock("SELECT plr_close_session"));
			assertThat(close).isNotDone();
			scoring.commit();
			close.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}

		assertThat(host.participant(this.session, this.ada).orElseThrow()).containsEntry("points", 7000L);
		assertThat(host.session(this.session).get("closed_at")).isNotNull();
		assertThat(faultsOf(this.instance)).isEmpty();
	}

	@Test
	void aChangeDuringTheCloseWaitsAndChangesNothing() throws Exception {
		Map<String, Object> before = host.participant(this.session, this.ada).orElseThrow();
		try (Connection closing = host.dataSource().getConnection();
				Connection scoring = host.dataSource().getConnection()) {
			closing.setAutoCommit(false);
			closeSession(closing, this.session);

			CompletableFuture<Void> change = CompletableFuture.runAsync(() -> grade(scoring, this.instance, 9));
			await().atMost(PATIENCE).until(() -> waitingForAdvisoryLock("UPDATE assessment_instances"));
			assertThat(change).isNotDone();
			closing.commit();
			change.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}

		assertThat(
				host.queryLong("SELECT count(*) FROM assessment_instances WHERE id = ? AND points = 9", this.instance))
			.as("the student's own change is never lost")
			.isOne();
		assertThat(host.participant(this.session, this.ada).orElseThrow()).isEqualTo(before);
		assertThat(faultsOf(this.instance)).isEmpty();
	}

	@Test
	void underRepeatableReadAChangeThatCannotSeeTheCloseIsRecordedAsAFaultNotCounted() throws Exception {
		Map<String, Object> before = host.participant(this.session, this.ada).orElseThrow();
		try (Connection closing = host.dataSource().getConnection();
				Connection scoring = host.dataSource().getConnection()) {
			closing.setAutoCommit(false);
			scoring.setAutoCommit(false);
			scoring.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			// The scoring transaction's snapshot is taken before the close commits.
			scoring.createStatement().execute("SELECT 1");
			closeSession(closing, this.session);

			CompletableFuture<Void> change = CompletableFuture.runAsync(() -> {
				grade(scoring, this.instance, 9);
				commit(scoring);
			});
			await().atMost(PATIENCE).until(() -> waitingForRowLock("UPDATE assessment_instances"));
			closing.commit();
			change.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}

		assertThat(host.participant(this.session, this.ada).orElseThrow()).isEqualTo(before);
		assertThat(faultsOf(this.instance)).singleElement()
			.satisfies((fault) -> assertThat(fault).containsEntry("sqlstate", "40001"));
	}

	private static void grade(Connection connection, long instance, double points) {
		try (PreparedStatement grade = connection
			.prepareStatement("UPDATE assessment_instances SET points = ?, modified_at = now() WHERE id = ?")) {
			grade.setDouble(1, points);
			grade.setLong(2, instance);
			grade.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static void closeSession(Connection connection, long session) {
		try (PreparedStatement close = connection.prepareStatement("SELECT plr_close_session(?)")) {
			close.setLong(1, session);
			close.execute();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static void commit(Connection connection) {
		try {
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static boolean waitingForAdvisoryLock(String statement) {
		return host.queryLong("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
				+ "AND wait_event = 'advisory' AND query LIKE ?", statement + "%") > 0;
	}

	private static boolean waitingForRowLock(String statement) {
		return host.queryLong("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
				+ "AND wait_event IN ('transactionid', 'tuple') AND query LIKE ?", statement + "%") > 0;
	}

	private static List<Map<String, Object>> faultsOf(long instance) {
		return host.rows("SELECT * FROM plr_trigger_faults WHERE source_row_id = ?", instance);
	}

}
