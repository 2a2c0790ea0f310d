package io.plrlive.ranking.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.ranking.reference.RankingScenarios;
import io.plrlive.ranking.reference.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record the topology publishes (snapshots, final standings, achievements, dead
 * letters) is valid against the JSON Schema that the contracts module ships for its
 * topic.
 */
class PublishedRecordsMatchSchemasTests {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Duration INTERVAL = Duration.ofMillis(50);

	private static final Duration GRACE = Duration.ofMillis(200);

	@Property(tries = 25)
	void everyPublishedRecordMatchesItsTopicsSchema(@ForAll("scenarios") Scenario scenario) throws IOException {
		Path stateDir = Files.createTempDirectory("plr-ranking-schemas");
		try (RankingHarness harness = new RankingHarness(new RankingSettings(INTERVAL, GRACE, 2000), stateDir)) {
			for (RowChange row : scenario.delivered()) {
				harness.pipe(row);
				if (row instanceof LiveSessionChanged session && !session.open()) {
					harness.advance(GRACE.plusMillis(10));
				}
			}
			harness.pipeText(Topics.PARTICIPANT_CHANGES.name(), "1", "not json");
			harness.advance(GRACE.plus(INTERVAL));

			assertValid(Topics.SCORES, harness.snapshots);
			assertValid(Topics.SESSION_RESULTS, harness.sessionResults);
			assertValid(Topics.ACHIEVEMENTS, harness.achievementChanges);
			assertValid(Topics.AGGREGATOR_DEAD_LETTERS, harness.rejected);
			assertThat(harness.rejected).isNotEmpty();
		}
		finally {
			FileSystemUtils.deleteRecursively(stateDir.toFile());
		}
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		return RankingScenarios.scenarios();
	}

	private static <V> void assertValid(TopicSpec<String, V> topic, List<V> published) {
		Schema schema = REGISTRY.getSchema(schemaDocument(topic));
		for (V value : published) {
			byte[] json = topic.valueSerde().serializer().serialize(topic.name(), value);
			assertThat(schema.validate(JsonSerde.mapper().readTree(json))).as("%s on %s", value, topic.name())
				.isEmpty();
		}
	}

	private static JsonNode schemaDocument(TopicSpec<?, ?> topic) {
		String resource = "io/plrlive/contracts/schemas/" + topic.name() + ".schema.json";
		try (InputStream schema = Topics.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(schema).as(resource).isNotNull();
			return JsonSerde.mapper().readTree(schema);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
