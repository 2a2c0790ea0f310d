package io.plrlive.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plrlive.schema.PlrSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DemoDataIT {

	private static final List<String> HOST_TABLES = List.of("users", "courses", "course_instances", "assessment_sets",
			"assessments", "enrollments", "course_permissions", "course_instance_permissions");

	@TempDir
	Path dataDirectory;

	@Test
	void seedsTheDemoPopulationOnceAndKeepsItAcrossRestarts() throws SQLException {
		try (LocalPostgres postgres = LocalPostgres.start(this.dataDirectory)) {
			PlrSchema.migrateStandalone(postgres.dataSource());
			DemoData.seedOnce(postgres.dataSource());
			assertThat(rowCounts(postgres.dataSource())).containsExactly(entry("users", 42L), entry("courses", 2L),
					entry("course_instances", 4L), entry("assessment_sets", 2L), entry("assessments", 20L),
					entry("enrollments", 160L), entry("course_permissions", 4L),
					entry("course_instance_permissions", 8L));
		}
		try (LocalPostgres restarted = LocalPostgres.start(this.dataDirectory)) {
			Map<String, Long> before = rowCounts(restarted.dataSource());
			DemoData.seedOnce(restarted.dataSource());
			assertThat(rowCounts(restarted.dataSource())).isEqualTo(before).containsEntry("users", 42L);
		}
	}

	@Test
	void seedsAPopulationOfTheSizeAsked() throws SQLException {
		try (LocalPostgres postgres = LocalPostgres.start(this.dataDirectory.resolve("scaled"))) {
			PlrSchema.migrateStandalone(postgres.dataSource());
			DemoData.seedOnce(postgres.dataSource(), 3, 5);
			assertThat(rowCounts(postgres.dataSource())).containsEntry("users", 7L)
				.containsEntry("courses", 3L)
				.containsEntry("course_instances", 6L)
				.containsEntry("assessments", 30L)
				.containsEntry("enrollments", 30L);
		}
	}

	private static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : HOST_TABLES) {
				try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
					result.next();
					counts.put(table, result.getLong(1));
				}
			}
		}
		return counts;
	}

}
