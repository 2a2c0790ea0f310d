package io.plrlive.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies PLR's two migration sets, each with its own history table so that either can be
 * applied alone: the {@linkplain #migrateHost host set} creates a minimal PrairieLearn
 * schema for standalone use, tests and the demo; the {@linkplain #migratePlr PLR set}
 * attaches PLR to a database that has the host tables, whether created by the host set or
 * by PrairieLearn itself, and changes no host row.
 */
public final class PlrSchema {

	/** Classpath location of the host set. */
	public static final String HOST_LOCATION = "classpath:io/plrlive/schema/host";

	/** Classpath location of the PLR set. */
	public static final String PLR_LOCATION = "classpath:io/plrlive/schema/plr";

	/** History table of the host set. */
	public static final String HOST_HISTORY_TABLE = "plr_host_schema_history";

	/** History table of the PLR set. */
	public static final String PLR_HISTORY_TABLE = "plr_schema_history";

	private static final Logger log = LoggerFactory.getLogger(PlrSchema.class);

	private PlrSchema() {
	}

	/**
	 * Creates the minimal PrairieLearn host tables. Never run this against a real
	 * PrairieLearn database.
	 * @param dataSource the database
	 * @return migrations applied now
	 */
	public static int migrateHost(DataSource dataSource) {
		return migrate(dataSource, HOST_LOCATION, HOST_HISTORY_TABLE);
	}

	/**
	 * Adds or upgrades PLR's tables, triggers and publication on a database that already
	 * has the host tables.
	 * @param dataSource the database
	 * @return migrations applied now
	 */
	public static int migratePlr(DataSource dataSource) {
		return migrate(dataSource, PLR_LOCATION, PLR_HISTORY_TABLE);
	}

	/**
	 * Both sets, host first: a standalone database for the local default, tests and the
	 * demo.
	 * @param dataSource the database
	 * @return migrations applied now
	 */
	public static int migrateStandalone(DataSource dataSource) {
		return migrateHost(dataSource) + migratePlr(dataSource);
	}

	private static int migrate(DataSource dataSource, String location, String historyTable) {
		MigrateResult result = Flyway.configure()
			.dataSource(dataSource)
			.locations(location)
			.table(historyTable)
			// The schema is not empty when the other set, or PrairieLearn itself, created
			// tables first.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
		log.info("Schema {} at version {} ({} migrations applied now)", location, result.targetSchemaVersion,
				result.migrationsExecuted);
		return result.migrationsExecuted;
	}

}
