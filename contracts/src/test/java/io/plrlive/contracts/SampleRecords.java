package io.plrlive.contracts;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.achievement.AchievementWithdrawn;
import io.plrlive.contracts.board.Badge;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.session.FinalStanding;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.contracts.stream.ReplicaViewers;

/**
 * Realistic records of every value type, shared by the serde and schema tests, and the
 * JSON documents that the serdes write for them. Course 3 has course instance 12, whose
 * session 41 opened at 10:00 and closed at 10:50.
 */
final class SampleRecords {

	static final long COURSE_ID = 3;

	static final long COURSE_INSTANCE_ID = 12;

	static final long SESSION_ID = 41;

	static final Instant OPENED_AT = Instant.parse("2025-03-04T10:00:00.123456Z");

	static final Instant CLOSED_AT = Instant.parse("2025-03-04T10:50:07.654321Z");

	private SampleRecords() {
	}

	static LiveSessionChanged liveSessionOpen() {
		return new LiveSessionChanged(SESSION_ID, COURSE_ID, COURSE_INSTANCE_ID, 905, "Live quiz 4: recursion",
				OPENED_AT, null, 1, false);
	}

	static LiveSessionChanged liveSessionClosed() {
		return new LiveSessionChanged(SESSION_ID, COURSE_ID, COURSE_INSTANCE_ID, 905, "Live quiz 4: recursion",
				OPENED_AT, CLOSED_AT, 2, false);
	}

	static ParticipantChanged participant() {
		return new ParticipantChanged(7001, SESSION_ID, COURSE_ID, COURSE_INSTANCE_ID, 5150, 87500,
				Instant.parse("2025-03-04T10:01:12.5Z"), Instant.parse("2025-03-04T10:14:48.25Z"), 6, false);
	}

	static ParticipantChanged participantDeleted() {
		return new ParticipantChanged(7002, SESSION_ID, COURSE_ID, COURSE_INSTANCE_ID, 5151, 0,
				Instant.parse("2025-03-04T10:02:00Z"), Instant.parse("2025-03-04T10:02:00Z"), 3, true);
	}

	static StudentChanged student() {
		return new StudentChanged(5150, "Hx3kQ9", "Curious Capybara", 2, false);
	}

	static EnrollmentChanged enrollment() {
		return new EnrollmentChanged(880, 5150, COURSE_ID, COURSE_INSTANCE_ID, 1, false);
	}

	static EnrollmentChanged enrollmentDeleted() {
		return new EnrollmentChanged(881, 5151, COURSE_ID, COURSE_INSTANCE_ID, 2, true);
	}

	static DeadLetter captureDeadLetter() {
		return new DeadLetter("notify:plr_changes", "0/16B3748", "Unknown table plr_settings in notification",
				"{\"table\":\"plr_settings\",\"id\":1}", Instant.parse("2025-03-04T10:03:00.5Z"));
	}

	static DeadLetter aggregatorDeadLetter() {
		return new DeadLetter("plr.participant-changes", null, "Participant 7003 refers to unknown session 40",
				"eyJwYXJ0aWNpcGFudElkIjo3MDAzfQ==", Instant.parse("2025-03-04T10:04:00Z"));
	}

	static BoardSnapshot liveBoard() {
		List<BoardEntry> entries = List.of(
				new BoardEntry(1, "Hx3kQ9", "Curious Capybara", 87500, 816_000, 2,
						List.of(new Badge(Achievement.GOLD, 3), new Badge(Achievement.HAT_TRICK, 1)), null),
				new BoardEntry(2, "Pq7mZ2", "Brave Badger", 87500, 900_000, -1, List.of(), null),
				new BoardEntry(2, "Tt1nB4", "Quiet Quokka", 87500, 900_000, null, List.of(), null),
				new BoardEntry(4, "Lm0oW8", "Nimble Newt", 62000, 1_205_500, 0,
						List.of(new Badge(Achievement.ALWAYS_ON_TIME, 4)), null));
		return new BoardSnapshot(BoardId.live(COURSE_INSTANCE_ID).toString(), BoardKind.LIVE, COURSE_ID,
				COURSE_INSTANCE_ID, SESSION_ID, "Live quiz 4: recursion", false, 118,
				Instant.parse("2025-03-04T10:14:48.312Z"), entries.size(), entries);
	}

	static BoardSnapshot liveBoardWithoutSession() {
		return new BoardSnapshot(BoardId.live(13).toString(), BoardKind.LIVE, COURSE_ID, 13L, null, null, false, 1,
				Instant.parse("2025-03-04T09:00:00Z"), 0, List.of());
	}

	static BoardSnapshot seasonalBoard() {
		List<BoardEntry> entries = List.of(
				new BoardEntry(1, "Hx3kQ9", "Curious Capybara", 342000, 3_600_250, 0,
						List.of(new Badge(Achievement.GOLD, 3), new Badge(Achievement.GOTTA_GO_FAST, 2)), null),
				new BoardEntry(2, "Lm0oW8", "Nimble Newt", 298500, 4_100_000, 1,
						List.of(new Badge(Achievement.SILVER, 2)), null));
		return new BoardSnapshot(BoardId.seasonal(COURSE_INSTANCE_ID).toString(), BoardKind.SEASONAL, COURSE_ID,
				COURSE_INSTANCE_ID, null, null, false, 9, CLOSED_AT, entries.size(), entries);
	}

	static BoardSnapshot allTimeBoard() {
		List<BoardEntry> entries = List.of(new BoardEntry(1, "Hx3kQ9", "Curious Capybara", 1_204_000, 12_000_000, null,
				List.of(new Badge(Achievement.UNSTOPPABLE, 1)), 2));
		return new BoardSnapshot(BoardId.allTime(COURSE_ID).toString(), BoardKind.ALL_TIME, COURSE_ID, null, null, null,
				false, 30, CLOSED_AT, entries.size(), entries);
	}

	static SessionResults sessionResults() {
		List<FinalStanding> standings = List.of(new FinalStanding(1, "Hx3kQ9", "Curious Capybara", 87500, 816_000),
				new FinalStanding(2, "Pq7mZ2", "Brave Badger", 87500, 900_000),
				new FinalStanding(2, "Tt1nB4", "Quiet Quokka", 87500, 900_000),
				new FinalStanding(4, "Lm0oW8", "Nimble Newt", 62000, 1_205_500));
		return new SessionResults(SESSION_ID, COURSE_ID, COURSE_INSTANCE_ID, 905, "Live quiz 4: recursion", OPENED_AT,
				CLOSED_AT, standings.size(), standings);
	}

	static SessionResults sessionResultsWithoutParticipants() {
		return new SessionResults(42, COURSE_ID, COURSE_INSTANCE_ID, 906, "Live quiz 5: trees", CLOSED_AT,
				CLOSED_AT.plusSeconds(60), 0, List.of());
	}

	static AchievementChange awarded() {
		return new AchievementAwarded(COURSE_ID, COURSE_INSTANCE_ID, SESSION_ID, "Hx3kQ9", Achievement.GOLD, 3,
				CLOSED_AT);
	}

	static AchievementChange withdrawn() {
		return new AchievementWithdrawn(COURSE_ID, COURSE_INSTANCE_ID, SESSION_ID, "Pq7mZ2", Achievement.ALWAYS_ON_TIME,
				0, CLOSED_AT);
	}

	static ReplicaViewers replicaViewers() {
		return new ReplicaViewers("gateway-3fa9c1", COURSE_INSTANCE_ID, 41, CLOSED_AT);
	}

	/**
	 * Samples of every topic in {@link Topics#ALL}: each value type, nullable fields both
	 * {@code null} and set, and both kinds of achievement change.
	 * @return the samples
	 */
	static Stream<Sample<?>> all() {
		return Stream.of(new Sample<>("open session", Topics.LIVE_SESSION_CHANGES, liveSessionOpen()),
				new Sample<>("closed session", Topics.LIVE_SESSION_CHANGES, liveSessionClosed()),
				new Sample<>("participant", Topics.PARTICIPANT_CHANGES, participant()),
				new Sample<>("deleted participant", Topics.PARTICIPANT_CHANGES, participantDeleted()),
				new Sample<>("student", Topics.STUDENT_CHANGES, student()),
				new Sample<>("enrollment", Topics.ENROLLMENT_CHANGES, enrollment()),
				new Sample<>("deleted enrollment", Topics.ENROLLMENT_CHANGES, enrollmentDeleted()),
				new Sample<>("with position", Topics.CAPTURE_DEAD_LETTERS, captureDeadLetter()),
				new Sample<>("live board", Topics.SCORES, liveBoard()),
				new Sample<>("live board without session", Topics.SCORES, liveBoardWithoutSession()),
				new Sample<>("seasonal board", Topics.SCORES, seasonalBoard()),
				new Sample<>("all-time board", Topics.SCORES, allTimeBoard()),
				new Sample<>("with standings", Topics.SESSION_RESULTS, sessionResults()),
				new Sample<>("without participants", Topics.SESSION_RESULTS, sessionResultsWithoutParticipants()),
				new Sample<>("awarded", Topics.ACHIEVEMENTS, awarded()),
				new Sample<>("withdrawn", Topics.ACHIEVEMENTS, withdrawn()),
				new Sample<>("without position", Topics.AGGREGATOR_DEAD_LETTERS, aggregatorDeadLetter()),
				new Sample<>("replica viewers", Topics.VIEWER_COUNTS, replicaViewers()));
	}

	/**
	 * The JSON document that the topic's serde writes for a record.
	 * @param <V> value type of the topic
	 * @param topic the topic
	 * @param value the record
	 * @return the document, a fresh tree that the caller may change
	 */
	static <V> ObjectNode document(TopicSpec<String, V> topic, V value) {
		return (ObjectNode) JsonSerde.mapper().readTree(topic.valueSerde().serializer().serialize(topic.name(), value));
	}

	/**
	 * The JSON document that the topic's serde writes for a record, then changed.
	 * @param <V> value type of the topic
	 * @param topic the topic
	 * @param value the record
	 * @param change what to change in the document
	 * @return the changed document
	 */
	static <V> ObjectNode document(TopicSpec<String, V> topic, V value, Consumer<ObjectNode> change) {
		ObjectNode document = document(topic, value);
		change.accept(document);
		return document;
	}

	/**
	 * An object element of an array property.
	 * @param parent the object holding the array
	 * @param arrayName name of the array property
	 * @param index index of the element
	 * @return the element
	 */
	static ObjectNode element(ObjectNode parent, String arrayName, int index) {
		return (ObjectNode) ((ArrayNode) parent.get(arrayName)).get(index);
	}

	/**
	 * A document as UTF-8 JSON bytes.
	 * @param document the document
	 * @return the bytes
	 */
	static byte[] bytes(JsonNode document) {
		return JsonSerde.mapper().writeValueAsBytes(document);
	}

	/**
	 * A record with the topic whose value it is.
	 *
	 * @param <V> value type of the topic
	 * @param description what the sample shows
	 * @param topic the topic
	 * @param value the record
	 */
	record Sample<V>(String description, TopicSpec<String, V> topic, V value) {

		byte[] serialize() {
			return this.topic.valueSerde().serializer().serialize(this.topic.name(), this.value);
		}

		ObjectNode document() {
			return SampleRecords.document(this.topic, this.value);
		}

		V deserialize(byte[] data) {
			return this.topic.valueSerde().deserializer().deserialize(this.topic.name(), data);
		}

		@Override
		public String toString() {
			return this.topic.name() + " (" + this.description + ")";
		}

	}

}
