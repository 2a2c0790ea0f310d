package io.plrlive.schema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultAliasIT {

	private static HostDatabase host;

	@BeforeAll
	static void migrate() {
		host = new HostDatabase(TestInfrastructure.postgres().createDatabase().dataSource());
		PlrSchema.migrateStandalone(host.dataSource());
	}

	@Test
	void aliasesOfDifferentUsersAreDifferent() {
		assertThat(host.queryLong("SELECT count(DISTINCT plr_default_alias(id)) FROM generate_series(1, 300000) id"))
			.isEqualTo(300000);
		assertThat(host.queryLong("SELECT count(DISTINCT plr_default_alias(id)) FROM "
				+ "(SELECT (16777216::bigint * k + j) AS id FROM generate_series(0, 99) k, generate_series(0, 99) j) ids"))
			.isEqualTo(10000);
	}

	@Test
	void anAliasIsAdjectiveAnimalNumberAndFitsADisplayName() {
		assertThat(host.rows("SELECT plr_default_alias(id) AS alias FROM unnest(ARRAY[1, 2, 42, 16777215, "
				+ "16777216, 1099511627775]::bigint[]) id"))
			.extracting((row) -> (String) row.get("alias"))
			.allSatisfy(
					(alias) -> assertThat(alias).matches("[A-Z][a-z]+ [A-Z][a-z]+ [1-9][0-9]*").hasSizeBetween(1, 30))
			.doesNotHaveDuplicates();
	}

	@Test
	void theAliasDoesNotRevealTheOrderOfUserIds() {
		assertThat(host.rows("SELECT plr_default_alias(1) AS a, plr_default_alias(2) AS b").get(0))
			.satisfies((row) -> assertThat(((String) row.get("a")).split(" ")[2])
				.isNotEqualTo(((String) row.get("b")).split(" ")[2]));
	}

}
