package io.plrlive.schema;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerFaultIT {

	private static HostDatabase host;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@AfterEach
	void removeForcedFaults() {
		host.update("ALTER TABLE plr_participants DROP CONSTRAINT IF EXISTS forced_fault");
		host.update("ALTER TABLE plr_enrollments DROP CONSTRAINT IF EXISTS forced_fault");
		host.update("DELETE FROM plr_trigger_faults");
	}

	@Test
	void aFaultInTheScoringPathLeavesTheStudentsSubmissionCommittedAndIsRecorded() {
		long courseInstanceId = host.courseInstance(host.course("CS 173"), "Fa26");
		long quiz = host.liveAssessment(courseInstanceId, "Quiz 1");
		long student = host.student(courseInstanceId, "Alan Turing");
		long session = host.openSession(courseInstanceId, quiz);
		long instance = host.startAssessment(quiz, student, 1);
		// A real fault, not a test hook: PLR's own table now refuses the row the trigger
		// writes.
		host.update("ALTER TABLE plr_participants ADD CONSTRAINT forced_fault CHECK (points < 5000) NOT VALID");

		host.grade(instance, 7);

		assertThat(host.queryLong("SELECT count(*) FROM assessment_instances WHERE id = ? AND points = 7", instance))
			.isOne();
		assertThat(host.participant(session, student).orElseThrow()).containsEntry("points", 1000L);
		Map<String, Object> fault = host.faults().get(0);
		assertThat(fault).containsEntry("source_table", "assessment_instances")
			.containsEntry("source_operation", "UPDATE")
			.containsEntry("source_row_id", instance)
			.containsEntry("sqlstate", "23514");
		assertThat((String) fault.get("message")).contains("forced_fault");
	}

	@Test
	void aFaultInTheEnrollmentMirrorLeavesTheEnrollmentCommittedAndIsRecorded() {
		long courseInstanceId = host.courseInstance(host.course("CS 241"), "Fa26");
		host.update("ALTER TABLE plr_enrollments ADD CONSTRAINT forced_fault CHECK (false) NOT VALID");

		long student = host.student(courseInstanceId, "Barbara Liskov");

		assertThat(host.queryLong("SELECT count(*) FROM enrollments WHERE user_id = ?", student)).isOne();
		assertThat(host.queryLong("SELECT count(*) FROM plr_enrollments WHERE user_id = ?", student)).isZero();
		assertThat(host.faults()).singleElement()
			.satisfies((fault) -> assertThat(fault).containsEntry("source_table", "enrollments")
				.containsEntry("source_operation", "INSERT"));
	}

}
