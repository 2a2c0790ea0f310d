package io.plrlive.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class RowVersionIT {

	private static HostDatabase host;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@Test
	void aSessionIsVersionOneWhenOpenedAndTwoWhenClosed() {
		long courseInstanceId = host.courseInstance(host.course("CS 374"), "Fa26");
		long session = host.openSession(courseInstanceId, host.liveAssessment(courseInstanceId, "Quiz 1"));
		assertThat(host.session(session)).containsEntry("version", 1L);

		host.closeSession(session);

		assertThat(host.session(session)).containsEntry("version", 2L);
	}

	@Test
	void aParticipantVersionCountsItsPointChanges() {
		long courseInstanceId = host.courseInstance(host.course("CS 411"), "Fa26");
		long quiz = host.liveAssessment(courseInstanceId, "Quiz 1");
		long student = host.student(courseInstanceId, "Edsger Dijkstra");
		long session = host.openSession(courseInstanceId, quiz);
		long instance = host.startAssessment(quiz, student, 1);

		for (int points = 2; points <= 5; points++) {
			host.grade(instance, points);
		}

		assertThat(host.participant(session, student).orElseThrow()).containsEntry("version", 5L);
	}

	@Test
	void aStudentVersionCountsDisplayNameChanges() {
		long courseInstanceId = host.courseInstance(host.course("CS 421"), "Fa26");
		long student = host.student(courseInstanceId, "Donald Knuth");
		String version = "SELECT version FROM plr_students WHERE user_id = ?";
		assertThat(host.queryLong(version, student)).isOne();

		host.update("UPDATE plr_students SET display_name = 'Tex' WHERE user_id = ?", student);
		host.update("UPDATE plr_students SET display_name = 'Metafont' WHERE user_id = ?", student);

		assertThat(host.queryLong(version, student)).isEqualTo(3L);
	}

	@Test
	void theVersionIsTheTriggersAndNotTheWritersToChoose() {
		long courseInstanceId = host.courseInstance(host.course("CS 433"), "Fa26");
		long student = host.student(courseInstanceId, "John Backus");
		long enrollment = host.queryLong("SELECT id FROM plr_enrollments WHERE user_id = ?", student);

		host.update("UPDATE plr_enrollments SET version = 100 WHERE id = ?", enrollment);
		host.update("UPDATE plr_enrollments SET version = 1 WHERE id = ?", enrollment);

		assertThat(host.queryLong("SELECT version FROM plr_enrollments WHERE id = ?", enrollment)).isEqualTo(3L);
	}

}
