package io.plrlive.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.plrlive.schema.PlrSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The living demo, step by step, on the demo database: it writes only host rows and
 * sessions, and PLR's triggers turn them into participants. The steps build on each
 * other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSimulatorIT {

	@TempDir
	static Path dataDirectory;

	static LocalPostgres postgres;

	static JdbcClient database;

	@BeforeAll
	static void seed() {
		postgres = LocalPostgres.start(dataDirectory);
		PlrSchema.migrateStandalone(postgres.dataSource());
		DemoData.seedOnce(postgres.dataSource());
		database = JdbcClient.create(postgres.dataSource());
	}

	@AfterAll
	static void stop() {
		postgres.close();
	}

	@Test
	@Order(1)
	void playsAHistoryOnceThenKeepsALiveSessionGoingInEachCurrentInstance() {
		DemoSimulator simulator = new DemoSimulator(postgres.dataSource(),
				new DemoSimulator.Settings(Duration.ofSeconds(1), Duration.ofHours(1), 0.5), new Random(42));
		simulator.playHistoryOnce();
		long history = count("SELECT count(*) FROM plr_live_sessions WHERE closed_at IS NOT NULL");
		// Four sessions in each past instance, two in each current one.
		assertThat(history).isEqualTo(12);
		assertThat(count("SELECT count(DISTINCT session_id) FROM plr_participants")).isEqualTo(12);
		simulator.playHistoryOnce();
		assertThat(count("SELECT count(*) FROM plr_live_sessions")).isEqualTo(history);

		simulator.tick();
		assertThat(database.sql("""
				SELECT s.course_instance_id FROM plr_live_sessions s WHERE s.closed_at IS NULL ORDER BY 1
				""").query(Long.class).list())
			.isEqualTo(database.sql("SELECT max(id) FROM course_instances GROUP BY course_id ORDER BY 1")
				.query(Long.class)
				.list());
		for (int i = 0; i < 5; i++) {
			simulator.tick();
		}
		assertThat(count("""
				SELECT count(*) FROM plr_participants p JOIN plr_live_sessions s ON s.id = p.session_id
				WHERE s.closed_at IS NULL AND p.points > 0
				""")).isPositive();
		assertThat(count("SELECT count(*) FROM plr_live_sessions WHERE closed_at IS NULL")).isEqualTo(2);
	}

	@Test
	@Order(2)
	void closesItsOwnSessionsWhenTheirTimeIsUpButNeverOneStaffOpened() {
		DemoSimulator quick = new DemoSimulator(postgres.dataSource(),
				new DemoSimulator.Settings(Duration.ofSeconds(1), Duration.ZERO, 0.5), new Random(7));
		quick.tick();
		long pastInstance = database.sql("SELECT min(id) FROM course_instances").query(Long.class).single();
		long staff = database.sql("SELECT user_id FROM users WHERE uid = 'instructor@example.com'")
			.query(Long.class)
			.single();
		long assessment = database.sql("""
				SELECT a.id FROM assessments a WHERE a.course_instance_id = :ci ORDER BY a.number DESC LIMIT 1
				""").param("ci", pastInstance).query(Long.class).single();
		long staffSession = database.sql("SELECT id FROM plr_open_session(:ci, :a, :staff)")
			.param("ci", pastInstance)
			.param("a", assessment)
			.param("staff", staff)
			.query(Long.class)
			.single();
		long simulatedBefore = count("SELECT count(*) FROM plr_live_sessions WHERE opened_by IS NULL");
		quick.tick();
		quick.tick();
		// Its own sessions closed and reopened with the next assessment; staff's stays
		// open
		// and its students answer.
		assertThat(count("SELECT count(*) FROM plr_live_sessions WHERE opened_by IS NULL"))
			.isGreaterThan(simulatedBefore);
		assertThat(database.sql("SELECT closed_at IS NULL FROM plr_live_sessions WHERE id = :id")
			.param("id", staffSession)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(count("SELECT count(*) FROM plr_participants WHERE session_id = " + staffSession)).isPositive();
	}

	private static long count(String sql) {
		return database.sql(sql).query(Long.class).single();
	}

}
