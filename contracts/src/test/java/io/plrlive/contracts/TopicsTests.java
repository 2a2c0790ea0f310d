package io.plrlive.contracts;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.json.JsonSerde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for {@link Topics}.
 */
class TopicsTests {

	@Test
	void allHoldsEveryTopicConstantOnce() throws IllegalAccessException {
		List<TopicSpec<?, ?>> constants = new ArrayList<>();
		for (Field field : Topics.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
					&& TopicSpec.class.isAssignableFrom(field.getType())) {
				assertThat(Modifier.isFinal(modifiers)).as("%s is final", field.getName()).isTrue();
				constants.add((TopicSpec<?, ?>) field.get(null));
			}
		}
		assertThat(Topics.ALL).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants);
	}

	@Test
	void namesAreUnique() {
		assertThat(Topics.ALL.stream().map(TopicSpec::name)).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("topics")
	void nameIsKebabCaseWithThePlrPrefix(TopicSpec<?, ?> topic) {
		assertThat(topic.name()).matches("^plr\\.[a-z]+(-[a-z]+)*$");
		assertThat(topic).hasToString(topic.name());
	}

	@ParameterizedTest
	@MethodSource("topics")
	void keysAreStringsAndValuesJsonOfOneType(TopicSpec<?, ?> topic) {
		assertThat(topic.partitionKey()).isNotBlank();
		@SuppressWarnings("unchecked")
		Serde<String> keySerde = (Serde<String>) topic.keySerde();
		byte[] key = keySerde.serializer().serialize(topic.name(), "live:12");
		assertThat(keySerde.deserializer().deserialize(topic.name(), key)).isEqualTo("live:12");
		assertThat(topic.valueSerde()).isInstanceOf(JsonSerde.class);
	}

	@Test
	void stateTopicsAreCompacted() {
		assertThat(List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES, Topics.STUDENT_CHANGES,
				Topics.ENROLLMENT_CHANGES, Topics.SCORES, Topics.SESSION_RESULTS, Topics.ACHIEVEMENTS))
			.allSatisfy((topic) -> {
				assertThat(topic.cleanupPolicy()).as("cleanup policy of %s", topic).isEqualTo(CleanupPolicy.COMPACT);
				assertThat(topic.compacted()).isTrue();
			});
	}

	@Test
	void deadLetterTopicsAreEventLogs() {
		assertThat(List.of(Topics.CAPTURE_DEAD_LETTERS, Topics.AGGREGATOR_DEAD_LETTERS)).allSatisfy((topic) -> {
			assertThat(topic.cleanupPolicy()).as("cleanup policy of %s", topic).isEqualTo(CleanupPolicy.DELETE);
			assertThat(topic.compacted()).isFalse();
		});
	}

	@ParameterizedTest
	@MethodSource("topics")
	void onlyDeadLetterTopicsAreNotCompacted(TopicSpec<?, ?> topic) {
		boolean deadLetters = ((JsonSerde<?>) topic.valueSerde()).type() == DeadLetter.class;
		assertThat(topic.name().endsWith("-dlt")).as("name of %s", topic).isEqualTo(deadLetters);
		assertThat(topic.cleanupPolicy()).isEqualTo(deadLetters ? CleanupPolicy.DELETE : CleanupPolicy.COMPACT);
	}

	@Test
	void cleanupPoliciesHaveTheirKafkaValues() {
		assertThat(CleanupPolicy.COMPACT.configValue()).isEqualTo("compact");
		assertThat(CleanupPolicy.DELETE.configValue()).isEqualTo("delete");
	}

	@Test
	void everyCapturedTableHasItsOwnTopic() {
		assertThat(Arrays.stream(CapturedTable.values()).map(CapturedTable::topic)).doesNotHaveDuplicates()
			.doesNotContainNull()
			.hasSize(CapturedTable.values().length);
		assertThat(Arrays.stream(CapturedTable.values()).map(CapturedTable::tableName)).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@EnumSource(CapturedTable.class)
	void capturedTableTopicIsACompactedTopicOfRowChanges(CapturedTable table) {
		assertThat(Topics.ALL).contains(table.topic());
		assertThat(table.topic().compacted()).isTrue();
		Class<?> valueType = ((JsonSerde<?>) table.topic().valueSerde()).type();
		assertThat(valueType.isRecord()).as("%s is a record", valueType).isTrue();
		assertThat(RowChange.class).isAssignableFrom(valueType);
		assertThat(CapturedTable.ofTableName(table.tableName())).contains(table);
	}

	@Test
	void capturedTablesAreThePlrTables() {
		assertThat(Arrays.stream(CapturedTable.values()).map(CapturedTable::tableName))
			.containsExactly("plr_live_sessions", "plr_participants", "plr_students", "plr_enrollments");
		assertThat(CapturedTable.ofTableName("plr_settings")).isEmpty();
		assertThat(CapturedTable.ofTableName(null)).isEmpty();
	}

	@Test
	void topicSpecRequiresEveryPart() {
		assertThatNullPointerException()
			.isThrownBy(() -> new TopicSpec<>(null, Topics.SCORES.keySerde(), Topics.SCORES.valueSerde(), "board id",
					CleanupPolicy.COMPACT))
			.withMessage("name");
		assertThatNullPointerException()
			.isThrownBy(() -> new TopicSpec<>("plr.other", Topics.SCORES.keySerde(), Topics.SCORES.valueSerde(),
					"board id", null))
			.withMessage("cleanupPolicy");
	}

	static List<TopicSpec<?, ?>> topics() {
		return Topics.ALL;
	}

}
