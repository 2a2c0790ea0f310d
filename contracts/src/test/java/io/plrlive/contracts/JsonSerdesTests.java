package io.plrlive.contracts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.plrlive.contracts.SampleRecords.Sample;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.contracts.stream.ReplicaViewers;

import static io.plrlive.contracts.SampleRecords.bytes;
import static io.plrlive.contracts.SampleRecords.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the JSON serdes of {@link Topics}: what they write, that they read it back,
 * and how they reject what they cannot read.
 */
class JsonSerdesTests {

	@Test
	void samplesCoverEveryTopicAndValueType() {
		List<TopicSpec<?, ?>> topics = SampleRecords.all().<TopicSpec<?, ?>>map(Sample::topic).distinct().toList();
		assertThat(topics).containsExactlyInAnyOrderElementsOf(Topics.ALL);
		List<Class<?>> types = SampleRecords.all()
			.<Class<?>>map((sample) -> sample.value().getClass())
			.distinct()
			.toList();
		assertThat(types).containsExactlyInAnyOrder(LiveSessionChanged.class, ParticipantChanged.class,
				StudentChanged.class, EnrollmentChanged.class, DeadLetter.class, BoardSnapshot.class,
				SessionResults.class, AchievementAwarded.class, AchievementWithdrawn.class, ReplicaViewers.class);
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void recordRoundTripsThroughTheSerdeOfItsTopic(Sample<?> sample) {
		assertRoundTrip(sample);
	}

	private static <V> void assertRoundTrip(Sample<V> sample) {
		byte[] json = sample.serialize();
		assertThat(json).isNotEmpty();
		V read = sample.deserialize(json);
		assertThat(read).isEqualTo(sample.value()).isNotSameAs(sample.value());
	}

	@Test
	void writesInstantsAsIsoStringsEnumsByNameAndNullsExplicitly() {
		String session = text(Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionOpen());
		assertThat(session).contains("\"openedAt\":\"2025-03-04T10:00:00.123456Z\"")
			.contains("\"closedAt\":null")
			.contains("\"sessionId\":41")
			.contains("\"deleted\":false")
			.doesNotContain("\"open\"", "\"key\"");
		String board = text(Topics.SCORES, SampleRecords.allTimeBoard());
		assertThat(board).contains("\"boardId\":\"all-time:3\"")
			.contains("\"kind\":\"ALL_TIME\"")
			.contains("\"courseInstanceId\":null")
			.contains("\"seasons\":2")
			.contains("\"badges\":[{\"achievement\":\"UNSTOPPABLE\",\"count\":1}]");
		assertThat(text(Topics.ACHIEVEMENTS, SampleRecords.awarded())).startsWith("{\"type\":\"awarded\",")
			.contains("\"achievement\":\"GOLD\"");
		assertThat(text(Topics.ACHIEVEMENTS, SampleRecords.withdrawn())).startsWith("{\"type\":\"withdrawn\",");
	}

	@Test
	void nullableFieldsReadBackNullAndSet() {
		assertThat(roundTrip(Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionOpen()).closedAt()).isNull();
		assertThat(roundTrip(Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionClosed()).closedAt())
			.isEqualTo(SampleRecords.CLOSED_AT);
		BoardSnapshot allTime = roundTrip(Topics.SCORES, SampleRecords.allTimeBoard());
		assertThat(allTime.courseInstanceId()).isNull();
		assertThat(allTime.sessionId()).isNull();
		assertThat(allTime.sessionTitle()).isNull();
		assertThat(allTime.entries().get(0).rankChange()).isNull();
		assertThat(allTime.entries().get(0).seasons()).isEqualTo(2);
		BoardSnapshot live = roundTrip(Topics.SCORES, SampleRecords.liveBoard());
		assertThat(live.courseInstanceId()).isEqualTo(SampleRecords.COURSE_INSTANCE_ID);
		assertThat(live.sessionId()).isEqualTo(SampleRecords.SESSION_ID);
		assertThat(live.sessionTitle()).isEqualTo("Live quiz 4: recursion");
		assertThat(live.entries()).extracting(BoardEntry::rankChange).containsExactly(2, -1, null, 0);
		assertThat(live.entries()).extracting(BoardEntry::seasons).containsOnlyNulls();
		assertThat(roundTrip(Topics.CAPTURE_DEAD_LETTERS, SampleRecords.captureDeadLetter()).position())
			.isEqualTo("0/16B3748");
		assertThat(roundTrip(Topics.AGGREGATOR_DEAD_LETTERS, SampleRecords.aggregatorDeadLetter()).position()).isNull();
	}

	@Test
	void achievementChangesReadAsTheirSubtype() {
		assertThat(roundTrip(Topics.ACHIEVEMENTS, SampleRecords.awarded())).isInstanceOf(AchievementAwarded.class);
		assertThat(roundTrip(Topics.ACHIEVEMENTS, SampleRecords.withdrawn())).isInstanceOf(AchievementWithdrawn.class);
	}

	@ParameterizedTest
	@MethodSource("topics")
	void nullPayloadIsATombstone(TopicSpec<?, ?> topic) {
		assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), null)).isNull();
		assertThat(topic.valueSerde().serializer().serialize(topic.name(), null)).isNull();
	}

	@ParameterizedTest
	@MethodSource("topics")
	void garbageBytesFailNamingTopicTypeAndProblem(TopicSpec<?, ?> topic) {
		assertReadFails(topic, "not json at all".getBytes(StandardCharsets.UTF_8), "Unrecognized token 'not'");
		assertReadFails(topic, new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, 0x00 },
				"was expecting (JSON String, Number, Array, Object");
		assertReadFails(topic, new byte[0], "No content");
	}

	@ParameterizedTest
	@MethodSource("topics")
	void jsonArrayFailsNamingTopicTypeAndProblem(TopicSpec<?, ?> topic) {
		// AchievementChange reads a type id first, so it rejects the array's content
		String hint = (topic == Topics.ACHIEVEMENTS) ? "type id" : "from Array value";
		assertReadFails(topic, "[{\"version\":1}]".getBytes(StandardCharsets.UTF_8), hint);
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void documentMissingAnyPropertySetInTheRecordFails(Sample<?> sample) {
		ObjectNode document = sample.document();
		List<String> names = new ArrayList<>();
		document.properties().forEach((property) -> {
			// the type id of achievement changes is not a record component
			if (!property.getValue().isNull() && !property.getKey().equals("type")) {
				names.add(property.getKey());
			}
		});
		assertThat(names).hasSizeGreaterThanOrEqualTo(4);
		for (String name : names) {
			ObjectNode without = document.deepCopy();
			without.remove(name);
			assertReadFails(sample.topic(), bytes(without), "Missing creator property '" + name + "'");
		}
	}

	@Test
	void studentWithoutVersionFails() {
		ObjectNode student = SampleRecords.document(Topics.STUDENT_CHANGES, SampleRecords.student());
		assertThat(student.remove("version")).isNotNull();
		assertReadFails(Topics.STUDENT_CHANGES, bytes(student), "Missing creator property 'version'");
	}

	@Test
	void achievementChangeWithoutTypeFails() {
		ObjectNode change = SampleRecords.document(Topics.ACHIEVEMENTS, SampleRecords.awarded());
		assertThat(change.remove("type")).isNotNull();
		assertReadFails(Topics.ACHIEVEMENTS, bytes(change), "missing type id property 'type'");
	}

	@ParameterizedTest
	@MethodSource("invalidDocuments")
	void invalidDocumentFailsNamingTopicTypeAndProblem(Invalid invalid) {
		assertReadFails(invalid.topic(), invalid.payload(), invalid.hint());
	}

	static Stream<Invalid> invalidDocuments() {
		return Stream.of(
				invalid("version 0", Topics.STUDENT_CHANGES, SampleRecords.student(),
						(student) -> student.put("version", 0), "version must be at least 1 but was 0"),
				invalid("negative version", Topics.PARTICIPANT_CHANGES, SampleRecords.participant(),
						(participant) -> participant.put("version", -3), "version must be at least 1 but was -3"),
				invalid("version 0", Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionClosed(),
						(session) -> session.put("version", 0), "version must be at least 1 but was 0"),
				invalid("version 0", Topics.ENROLLMENT_CHANGES, SampleRecords.enrollment(),
						(enrollment) -> enrollment.put("version", 0), "version must be at least 1 but was 0"),
				invalid("participantCount other than the entries", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.put("participantCount", 5), "participantCount 5 differs from the 4 entries"),
				invalid("participantCount other than the standings", Topics.SESSION_RESULTS,
						SampleRecords.sessionResults(), (results) -> results.put("participantCount", 3),
						"participantCount 3 differs from the 4 standings"),
				invalid("entry of rank 0", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> element(board, "entries", 0).put("rank", 0), "rank must be at least 1 but was 0"),
				invalid("standing of rank -1", Topics.SESSION_RESULTS, SampleRecords.sessionResults(),
						(results) -> element(results, "standings", 1).put("rank", -1),
						"rank must be at least 1 but was -1"),
				invalid("badge held 0 times", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> element(element(board, "entries", 0), "badges", 0).put("count", 0),
						"A badge is held at least once but count was 0"),
				invalid("award counted 0 times", Topics.ACHIEVEMENTS, SampleRecords.awarded(),
						(change) -> change.put("count", 0), "count of an award must be at least 1 but was 0"),
				invalid("withdrawal leaving -1", Topics.ACHIEVEMENTS, SampleRecords.withdrawn(),
						(change) -> change.put("count", -1),
						"count after a withdrawal must not be negative but was -1"),
				invalid("unknown change type", Topics.ACHIEVEMENTS, SampleRecords.awarded(),
						(change) -> change.put("type", "revoked"), "Could not resolve type id 'revoked'"),
				invalid("unknown achievement", Topics.ACHIEVEMENTS, SampleRecords.awarded(),
						(change) -> change.put("achievement", "PLATINUM"), "PLATINUM"),
				invalid("unknown board kind", Topics.SCORES, SampleRecords.seasonalBoard(),
						(board) -> board.put("kind", "WEEKLY"), "WEEKLY"),
				invalid("null handle", Topics.STUDENT_CHANGES, SampleRecords.student(),
						(student) -> student.putNull("handle"), "handle must not be null"),
				invalid("null opening time", Topics.LIVE_SESSION_CHANGES, SampleRecords.liveSessionOpen(),
						(session) -> session.putNull("openedAt"), "openedAt must not be null"),
				invalid("null reason", Topics.CAPTURE_DEAD_LETTERS, SampleRecords.captureDeadLetter(),
						(letter) -> letter.putNull("reason"), "reason must not be null"),
				invalid("null entry", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.putArray("entries").addNull(), "list element or required value is null"),
				invalid("null for a long", Topics.STUDENT_CHANGES, SampleRecords.student(),
						(student) -> student.putNull("version"), "Cannot map `null` into type `long`"),
				invalid("text for a long", Topics.PARTICIPANT_CHANGES, SampleRecords.participant(),
						(participant) -> participant.put("points", "many"),
						"Cannot coerce String value (\"many\") to `long` value (but might if coercion using `CoercionConfig` was enabled) at points"),
				invalid("number as text", Topics.PARTICIPANT_CHANGES, SampleRecords.participant(),
						(participant) -> participant.put("points", "7"),
						"value (\"7\") to `long` value (but might if coercion using `CoercionConfig` was enabled) at points"),
				invalid("fraction for a long", Topics.PARTICIPANT_CHANGES, SampleRecords.participant(),
						(participant) -> participant.put("points", 5.5), "at points"),
				invalid("snapshot version 0", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.put("version", 0), "version must be at least 1 but was 0"),
				invalid("time that is not ISO-8601", Topics.SCORES, SampleRecords.liveBoard(),
						(board) -> board.put("generatedAt", "yesterday"), "'yesterday' could not be parsed"));
	}

	@ParameterizedTest
	@MethodSource("io.plrlive.contracts.SampleRecords#all")
	void unknownPropertiesAreIgnored(Sample<?> sample) {
		JsonNode document = sample.document();
		addUnknownProperties(document);
		assertThat(document.toString()).contains("\"addedLater\"");
		assertThat(sample.deserialize(bytes(document))).isEqualTo(sample.value());
	}

	private static void addUnknownProperties(JsonNode node) {
		node.values().forEach(JsonSerdesTests::addUnknownProperties);
		if (node instanceof ObjectNode object) {
			object.putObject("addedLater").put("nested", true).putArray("list").add(1);
		}
	}

	private static void assertReadFails(TopicSpec<?, ?> topic, byte[] payload, String hint) {
		String type = ((JsonSerde<?>) topic.valueSerde()).type().getSimpleName();
		assertThatExceptionOfType(SerializationException.class)
			.as("reading %s from %s", new String(payload, StandardCharsets.UTF_8), topic)
			.isThrownBy(() -> topic.valueSerde().deserializer().deserialize(topic.name(), payload))
			.withMessageContaining("topic " + topic.name())
			.withMessageContaining(" as " + type + ": ")
			.withMessageContaining(hint);
	}

	static Stream<TopicSpec<?, ?>> topics() {
		return Topics.ALL.stream();
	}

	private static <V> V roundTrip(TopicSpec<String, V> topic, V value) {
		return topic.valueSerde()
			.deserializer()
			.deserialize(topic.name(), topic.valueSerde().serializer().serialize(topic.name(), value));
	}

	private static <V> String text(TopicSpec<String, V> topic, V value) {
		return new String(topic.valueSerde().serializer().serialize(topic.name(), value), StandardCharsets.UTF_8);
	}

	private static <V> Invalid invalid(String description, TopicSpec<String, V> topic, V value,
			Consumer<ObjectNode> change, String hint) {
		return new Invalid(description, topic, bytes(SampleRecords.document(topic, value, change)), hint);
	}

	record Invalid(String description, TopicSpec<?, ?> topic, byte[] payload, String hint) {

		@Override
		public String toString() {
			return this.topic.name() + ": " + this.description;
		}

	}

}
