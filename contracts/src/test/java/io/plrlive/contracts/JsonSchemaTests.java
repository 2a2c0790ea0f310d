package io.plrlive.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.plrlive.contracts.SampleRecords.Sample;
import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.json.JsonSerde;

import static io.plrlive.contracts.SampleRecords.element;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the JSON Schemas under {@code docs/schemas}, shipped in the jar, describe
 * exactly what the serdes of {@link Topics} write.
 */
class JsonSchemaTests {

	private static final String SCHEMAS = "io/plrlive/contracts/schemas/";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	@ParameterizedTest
	@MethodSource("topics")
	void everyTopicHasASchemaDescribingItsValue(TopicSpec<?, ?> topic) {
		JsonNode document = schemaDocument(topic);
		assertThat(document.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(document.path("$id").asString())
			.isEqualTo("https://plr.live/schemas/" + topic.name() + ".schema.json");
		assertThat(document.path("title").asString())
			.isEqualTo(((JsonSerde<?>) topic.valueSerde()).type().getSimpleName());
		assertThat(document.path("description").asString()).contains("topic " + topic.name())
			.contains(topic.compacted() ? "is compacted" : "is not compacted");
		assertEveryPropertyRequiredAndNoOther(topic + " value", document);
		document.path("$defs").properties().forEach((definition) -> {
			if (definition.getValue().has("type")) {
				assertEveryPropertyRequiredAndNoOther(topic + " $defs/" + definition.getKey(), definition.getValue());
			}
		});
	}

	private static void assertEveryPropertyRequiredAndNoOther(String what, JsonNode object) {
		assertThat(object.path("type").asString()).as("type of %s", what).isEqualTo("object");
		assertThat(object.path("additionalProperties").isBoolean()).as("additionalProperties of %s", what).isTrue();
		assertThat(object.path("additionalProperties").asBoolean()).as("additionalProperties of %s", what).isFalse();
		assertThat(object.path("description").asString()).as("description of %s", what).isNotBlank();
		List<String> required = new ArrayList<>();
		object.path("required").values().forEach((name) -> required.add(name.asString()));
		assertThat(required).as("required properties of %s", what)
			.containsExactlyElementsOf(object.path("properties").propertyNames());
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void whatTheSerdeWritesIsValid(Sample<?> sample) {
		assertThat(errors(sample.topic(), sample.document())).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void documentMissingAnyPropertyIsInvalid(Sample<?> sample) {
		JsonNode document = sample.document();
		List<String> paths = propertyPaths(document, "");
		assertThat(paths).hasSizeGreaterThanOrEqualTo(4);
		for (String path : paths) {
			JsonNode changed = document.deepCopy();
			((ObjectNode) changed.at(parent(path))).remove(name(path));
			assertThat(errors(sample.topic(), changed)).as("errors of %s without %s", sample, path).isNotEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void propertyOfTheWrongTypeIsInvalid(Sample<?> sample) {
		JsonNode document = sample.document();
		for (String path : propertyPaths(document, "")) {
			JsonNode changed = document.deepCopy();
			JsonNode wrong = wrongType(changed.at(path));
			((ObjectNode) changed.at(parent(path))).set(name(path), wrong);
			assertThat(errors(sample.topic(), changed)).as("errors of %s with %s at %s", sample, wrong, path)
				.isNotEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void unknownPropertyIsInvalid(Sample<?> sample) {
		ObjectNode document = (ObjectNode) sample.document();
		document.put("addedLater", 1);
		assertThat(errors(sample.topic(), document)).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("invalidDocuments")
	void documentBreakingAConstraintIsInvalid(Invalid invalid) {
		assertThat(errors(invalid.topic(), invalid.document())).isNotEmpty();
	}

	static Stream<Invalid> invalidDocuments() {
		return Stream.of(
				invalid("negative viewers", Topics.VIEWER_COUNTS, SampleRecords.replicaViewers(),
						(viewers) -> viewers.put("viewers", -1)),
				invalid("version 0", Topics.STUDENT_CHANGES, SampleRecords.student(),
						(student) -> student.put("version", 0)),
				invalid("version 0", Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionOpen(),
						(session) -> session.put("version", 0)),
				invalid("version 0", Topics.PARTICIPANT_CHANGES, SampleRecords.participant(),
						(participant) -> participant.put("version", 0)),
				invalid("version 0", Topics.ENROLLMENT_CHANGES, SampleRecords.enrollment(),
						(enrollment) -> enrollment.put("version", 0)),
				invalid("fractional id", Topics.STUDENT_CHANGES, SampleRecords.student(),
						(student) -> student.put("userId", 5150.5)),
				invalid("opening time without zone", Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionOpen(),
						(session) -> session.put("openedAt", "2025-03-04 10:00:00")),
				invalid("closing time that is not a time", Topics.LIVE_SESSION_CHANGES,
						SampleRecords.liveSessionClosed(), (session) -> session.put("closedAt", "yesterday")),
				invalid("unknown board kind", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.put("kind", "WEEKLY")),
				invalid("board kind by slug", Topics.SCORES, SampleRecords.allTimeBoard(),
						(board) -> board.put("kind", "all-time")),
				invalid("board id of unknown kind", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.put("boardId", "weekly:12")),
				invalid("board id with scope 0", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.put("boardId", "live:0")),
				invalid("board id by enum name", Topics.SCORES, SampleRecords.allTimeBoard(),
						(board) -> board.put("boardId", "ALL_TIME:3")),
				invalid("negative participantCount", Topics.SCORES, SampleRecords.liveBoardWithoutSession(),
						(board) -> board.put("participantCount", -1)),
				invalid("entry of rank 0", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> element(board, "entries", 0).put("rank", 0)),
				invalid("badge held 0 times", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> element(element(board, "entries", 0), "badges", 0).put("count", 0)),
				invalid("unknown badge", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> element(element(board, "entries", 0), "badges", 0).put("achievement", "PLATINUM")),
				invalid("unknown property in an entry", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> element(board, "entries", 1).put("addedLater", true)),
				invalid("standing of rank 0", Topics.SESSION_RESULTS, SampleRecords.sessionResults(),
						(results) -> element(results, "standings", 3).put("rank", 0)),
				invalid("standing without handle", Topics.SESSION_RESULTS, SampleRecords.sessionResults(),
						(results) -> element(results, "standings", 0).remove("handle")),
				invalid("null closing time", Topics.SESSION_RESULTS, SampleRecords.sessionResults(),
						(results) -> results.putNull("closedAt")),
				invalid("award counted 0 times", Topics.ACHIEVEMENTS, SampleRecords.awarded(),
						(change) -> change.put("count", 0)),
				invalid("withdrawal leaving -1", Topics.ACHIEVEMENTS, SampleRecords.withdrawn(),
						(change) -> change.put("count", -1)),
				invalid("unknown change type", Topics.ACHIEVEMENTS, SampleRecords.awarded(),
						(change) -> change.put("type", "revoked")),
				invalid("unknown achievement", Topics.ACHIEVEMENTS, SampleRecords.withdrawn(),
						(change) -> change.put("achievement", "PLATINUM")),
				invalid("achievement by id", Topics.ACHIEVEMENTS, SampleRecords.awarded(),
						(change) -> change.put("achievement", 1)),
				invalid("null reason", Topics.AGGREGATOR_DEAD_LETTERS, SampleRecords.aggregatorDeadLetter(),
						(letter) -> letter.putNull("reason")));
	}

	@Test
	void withdrawalMayLeaveNoneButAnAwardMayNot() {
		ObjectNode withdrawal = SampleRecords.document(Topics.ACHIEVEMENTS, SampleRecords.withdrawn());
		assertThat(withdrawal.path("count").asInt()).isZero();
		assertThat(errors(Topics.ACHIEVEMENTS, withdrawal)).isEmpty();
		withdrawal.put("type", "awarded");
		assertThat(errors(Topics.ACHIEVEMENTS, withdrawal)).isNotEmpty();
		withdrawal.put("count", 1);
		assertThat(errors(Topics.ACHIEVEMENTS, withdrawal)).isEmpty();
	}

	@Test
	void schemasListEveryAchievementAndBoardKindByName() {
		List<String> achievements = Arrays.stream(Achievement.values()).map(Enum::name).toList();
		assertThat(strings(schemaDocument(Topics.ACHIEVEMENTS).at("/properties/achievement/enum")))
			.containsExactlyElementsOf(achievements);
		JsonNode scores = schemaDocument(Topics.SCORES);
		assertThat(strings(scores.at("/$defs/Badge/properties/achievement/enum")))
			.containsExactlyElementsOf(achievements);
		assertThat(strings(scores.at("/properties/kind/enum")))
			.containsExactlyElementsOf(Arrays.stream(BoardKind.values()).map(Enum::name).toList());
	}

	@Test
	void boardIdPatternMatchesEveryKindOfBoardId() {
		Pattern pattern = Pattern.compile(schemaDocument(Topics.SCORES).at("/properties/boardId/pattern").asString());
		assertThat(Stream.of(BoardId.live(12), BoardId.seasonal(1), BoardId.allTime(3), BoardId.live(Long.MAX_VALUE))
			.map(BoardId::toString)).allMatch((id) -> pattern.matcher(id).find());
		assertThat(Stream.of("live:0", "live:012", "LIVE:12", "all_time:3", "seasonal:", "live:12 ", "live:-1"))
			.noneMatch((id) -> pattern.matcher(id).find());
	}

	private static List<String> errors(TopicSpec<?, ?> topic, JsonNode document) {
		Schema schema = REGISTRY.getSchema(schemaDocument(topic));
		return schema.validate(document).stream().map(Object::toString).toList();
	}

	private static JsonNode schemaDocument(TopicSpec<?, ?> topic) {
		String resource = SCHEMAS + topic.name() + ".schema.json";
		try (InputStream schema = JsonSchemaTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(schema)
				.as("JSON Schema of the value of topic %s: classpath:%s, from docs/schemas/%s.schema.json", topic,
						resource, topic)
				.isNotNull();
			return JsonSerde.mapper().readTree(schema);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	/**
	 * JSON Pointers of every property of every object in a document, nested objects and
	 * array elements included.
	 */
	private static List<String> propertyPaths(JsonNode node, String pointer) {
		List<String> paths = new ArrayList<>();
		if (node.isObject()) {
			node.properties().forEach((property) -> {
				String path = pointer + "/" + property.getKey();
				paths.add(path);
				paths.addAll(propertyPaths(property.getValue(), path));
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				paths.addAll(propertyPaths(node.get(i), pointer + "/" + i));
			}
		}
		return paths;
	}

	private static String parent(String path) {
		return path.substring(0, path.lastIndexOf('/'));
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static JsonNode wrongType(JsonNode value) {
		if (value.isNumber()) {
			return NODES.stringNode(value.asString());
		}
		if (value.isString() || value.isArray()) {
			return NODES.numberNode(1);
		}
		if (value.isBoolean()) {
			return NODES.stringNode(value.asString());
		}
		// null (of a nullable property) and objects
		return value.isObject() ? NODES.arrayNode() : NODES.objectNode();
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> strings = new LinkedHashSet<>();
		array.values().forEach((value) -> strings.add(value.asString()));
		return strings;
	}

	static Stream<TopicSpec<?, ?>> topics() {
		return Topics.ALL.stream();
	}

	private static <V> Invalid invalid(String description, TopicSpec<String, V> topic, V value,
			Consumer<ObjectNode> change) {
		return new Invalid(description, topic, SampleRecords.document(topic, value, change));
	}

	record Invalid(String description, TopicSpec<?, ?> topic, JsonNode document) {

		@Override
		public String toString() {
			return this.topic.name() + ": " + this.description;
		}

	}

}
