package io.plrlive.benchmarks.capture;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.schema.PlrSchema;
import io.plrlive.testing.HostDatabase;

import io.plrlive.benchmarks.report.Figures;

/**
 * What the database alone can take, before any capture runs: one connection writes the
 * same score changes as fast as it can (closed loop), with the live session open, with no
 * session open and with the PLR trigger disabled, and PostgreSQL's function statistics
 * say where the time of a change goes. It bounds every rate the pipeline can reach on the
 * machine.
 */
final class DatabaseCeiling {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCeiling.class);

	private static final int WARMUP_CHANGES = 1000;

	private static final int MEASURED_CHANGES = 5000;

	private DatabaseCeiling() {
	}

	/**
	 * Measures on a fresh server with the tuned setting.
	 * @param students participants to seed
	 * @return the figures
	 */
	static Result measure(int students) {
		try (BenchmarkPostgres postgres = BenchmarkPostgres.start(WalWriterDelay.TUNED,
				Map.of("track_functions", "all"))) {
			PlrSchema.migrateStandalone(postgres.dataSource());
			List<SeededParticipant> participants = HostSeed.seed(postgres.dataSource(), students);
			HostDatabase host = new HostDatabase(postgres.dataSource());
			long sessionId = host.queryLong("SELECT id FROM plr_live_sessions WHERE closed_at IS NULL");
			Map<String, Double> rates = new LinkedHashMap<>();
			host.rows("SELECT pg_stat_reset()");
			rates.put("live session open (every change joins the PLR trigger's work)",
					changesPerSecond(postgres.jdbcUrl(), participants));
			List<String> functions = functionCosts(host);
			host.closeSession(sessionId);
			rates.put("no live session open (the trigger returns early)",
					changesPerSecond(postgres.jdbcUrl(), participants));
			host.update("ALTER TABLE assessment_instances DISABLE TRIGGER plr_assessment_instances_changed");
			rates.put("PLR trigger disabled", changesPerSecond(postgres.jdbcUrl(), participants));
			rates.forEach((state, rate) -> log.info("Database alone, one connection, {}: {} changes/s", state,
					Figures.rate(rate)));
			functions.forEach((line) -> log.info("  {}", line));
			return new Result(rates, functions);
		}
	}

	private static double changesPerSecond(String jdbcUrl, List<SeededParticipant> participants) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, BenchmarkPostgres.SUPERUSER, "");
				Statement settings = connection.createStatement();
				PreparedStatement update = connection
					.prepareStatement("UPDATE assessment_instances SET points = points + 1 WHERE id = ?")) {
			// The same session setting as the load generator's.
			settings.execute("SET synchronous_commit = off");
			SplittableRandom random = new SplittableRandom(7);
			long start = 0;
			for (int change = 0; change < WARMUP_CHANGES + MEASURED_CHANGES; change++) {
				if (change == WARMUP_CHANGES) {
					start = System.nanoTime();
				}
				update.setLong(1, participants.get(random.nextInt(participants.size())).assessmentInstanceId());
				update.executeUpdate();
			}
			return MEASURED_CHANGES / ((System.nanoTime() - start) / 1e9);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Measuring the database alone failed: " + ex.getMessage(), ex);
		}
	}

	private static List<String> functionCosts(HostDatabase host) {
		List<String> lines = new ArrayList<>();
		// A session's statistics reach the view as its backend exits, just after the
		// connection closed.
		pause();
		for (Map<String, Object> row : host.rows("SELECT funcname, calls, "
				+ "round((total_time / calls)::numeric, 3) AS total_ms, round((self_time / calls)::numeric, 3) AS self_ms "
				+ "FROM pg_stat_user_functions WHERE calls > 0 ORDER BY total_time DESC")) {
			lines.add("`" + row.get("funcname") + "`: " + row.get("calls") + " calls, " + row.get("total_ms")
					+ " ms per call with what it calls, " + row.get("self_ms") + " ms in itself");
		}
		return lines;
	}

	private static void pause() {
		try {
			TimeUnit.SECONDS.sleep(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The database's figures.
	 *
	 * @param rates changes per second of one closed-loop connection, per state
	 * @param functions per-call cost of each PL function while the session was open
	 */
	record Result(Map<String, Double> rates, List<String> functions) {
	}

}
