package io.plrlive.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.plrlive.testing.TestDatabase;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class PlrMigrationsIT {

	/** A digest of every host table's content, to prove PLR changes no host row. */
	private static final String HOST_DIGEST = """
			SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (
			  SELECT 'u' || u::text AS t FROM users u UNION ALL
			  SELECT 'c' || c::text FROM courses c UNION ALL
			  SELECT 'ci' || ci::text FROM course_instances ci UNION ALL
			  SELECT 's' || s::text FROM assessment_sets s UNION ALL
			  SELECT 'a' || a::text FROM assessments a UNION ALL
			  SELECT 'ai' || ai::text FROM assessment_instances ai UNION ALL
			  SELECT 'e' || e::text FROM enrollments e) host_rows
			""";

	@Test
	void bothSetsApplyToAnEmptyDatabaseOnceAndCreateThePublication() {
		HostDatabase host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());

		assertThat(PlrSchema.migrateStandalone(host.dataSource())).isEqualTo(6);
		assertThat(PlrSchema.migrateStandalone(host.dataSource())).isZero();

		assertThat(host.rows("SELECT tablename FROM pg_publication_tables WHERE pubname = 'plr_capture'"))
			.extracting((row) -> row.get("tablename"))
			.containsExactlyInAnyOrder("plr_live_sessions", "plr_participants", "plr_students", "plr_enrollments");
	}

	@Test
	void thePlrSetAttachesToAnExistingPrairieLearnDatabaseWithoutChangingHostRows() throws Exception {
		TestDatabase database = TestInfrastructure.postgres().createDatabase();
		HostDatabase host = new HostDatabase(database.dataSource());
		createHostTablesAsPrairieLearnWould(database);
		long courseInstanceId = host.courseInstance(host.course("CS 101"), "Sp26");
		long quiz = host.liveAssessment(courseInstanceId, "Quiz 1");
		List<Long> students = List.of(host.student(courseInstanceId, "Ada Lovelace"),
				host.student(courseInstanceId, "Alan Turing"), host.student(courseInstanceId, "Grace Hopper"));
		long startedEarlier = host.startAssessment(quiz, students.get(0), 4);
		String before = digest(host);

		assertThat(PlrSchema.migratePlr(database.dataSource())).isEqualTo(5);

		assertThat(digest(host)).isEqualTo(before);
		assertThat(
				host.queryLong("SELECT count(*) FROM plr_enrollments WHERE course_instance_id = ?", courseInstanceId))
			.isEqualTo(3);
		assertThat(host.rows("SELECT s.display_name, u.name FROM plr_students s JOIN users u USING (user_id)"))
			.hasSize(3)
			.allSatisfy((row) -> assertThat((String) row.get("display_name")).matches("[A-Z][a-z]+ [A-Z][a-z]+ [0-9]+")
				.isNotEqualTo(row.get("name")));
		long session = host.openSession(courseInstanceId, quiz);
		host.grade(startedEarlier, 5);
		assertThat(host.participant(session, students.get(0)).orElseThrow()).containsEntry("points", 5000L);
	}

	private static void createHostTablesAsPrairieLearnWould(TestDatabase database) throws IOException, SQLException {
		// The host set's SQL run directly, without Flyway: the PLR set then meets a
		// non-empty schema that it did
		// not create, as on a real PrairieLearn database.
		try (InputStream sql = PlrMigrationsIT.class
			.getResourceAsStream("/io/plrlive/schema/host/V1__prairielearn_host_tables.sql");
				Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static String digest(HostDatabase host) {
		return host.rows(HOST_DIGEST).get(0).values().iterator().next().toString();
	}

}
