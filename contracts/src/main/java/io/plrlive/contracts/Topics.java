package io.plrlive.contracts;

import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.contracts.stream.ReplicaViewers;

/**
 * Every topic of PLR Live. Keys are strings (decimal ids, board ids), so that any console
 * consumer reads them; values are JSON documents described by the JSON Schemas under
 * {@code docs/schemas}, one per topic.
 */
public final class Topics {

	/** Captured rows of {@code plr_live_sessions}, keyed by session id. */
	public static final TopicSpec<String, LiveSessionChanged> LIVE_SESSION_CHANGES = changes("plr.live-session-changes",
			LiveSessionChanged.class, "session id");

	/** Captured rows of {@code plr_participants}, keyed by participant id. */
	public static final TopicSpec<String, ParticipantChanged> PARTICIPANT_CHANGES = changes("plr.participant-changes",
			ParticipantChanged.class, "participant id");

	/** Captured rows of {@code plr_students} (display names), keyed by user id. */
	public static final TopicSpec<String, StudentChanged> STUDENT_CHANGES = changes("plr.student-changes",
			StudentChanged.class, "user id");

	/** Captured rows of {@code plr_enrollments}, keyed by enrollment id. */
	public static final TopicSpec<String, EnrollmentChanged> ENROLLMENT_CHANGES = changes("plr.enrollment-changes",
			EnrollmentChanged.class, "enrollment id");

	/** Rows and notifications that change-capture could not map, with the reason. */
	public static final TopicSpec<String, DeadLetter> CAPTURE_DEAD_LETTERS = new TopicSpec<>("plr.capture-dlt",
			Serdes.String(), JsonSerde.of(DeadLetter.class), "source table or channel", CleanupPolicy.DELETE);

	/**
	 * One full snapshot per board, keyed by board id ({@code live:12},
	 * {@code seasonal:12}, {@code all-time:3}).
	 */
	public static final TopicSpec<String, BoardSnapshot> SCORES = new TopicSpec<>("plr.scores", Serdes.String(),
			JsonSerde.of(BoardSnapshot.class), "board id", CleanupPolicy.COMPACT);

	/** Final standings of each closed session, keyed by session id. */
	public static final TopicSpec<String, SessionResults> SESSION_RESULTS = new TopicSpec<>("plr.session-results",
			Serdes.String(), JsonSerde.of(SessionResults.class), "session id", CleanupPolicy.COMPACT);

	/**
	 * Achievements awarded and withdrawn, keyed by course instance, student handle and
	 * achievement.
	 */
	public static final TopicSpec<String, AchievementChange> ACHIEVEMENTS = new TopicSpec<>("plr.achievements",
			Serdes.String(), JsonSerde.of(AchievementChange.class), "course instance:handle:achievement",
			CleanupPolicy.COMPACT);

	/**
	 * Records that score-aggregator could not read or that break the rules, with the
	 * reason.
	 */
	public static final TopicSpec<String, DeadLetter> AGGREGATOR_DEAD_LETTERS = new TopicSpec<>("plr.aggregator-dlt",
			Serdes.String(), JsonSerde.of(DeadLetter.class), "source topic", CleanupPolicy.DELETE);

	/**
	 * Open streams per SSE gateway replica and course instance, keyed by replica and
	 * course instance; a replica that stops leaves tombstones.
	 */
	public static final TopicSpec<String, ReplicaViewers> VIEWER_COUNTS = new TopicSpec<>("plr.viewer-counts",
			Serdes.String(), JsonSerde.of(ReplicaViewers.class), "replica:course instance", CleanupPolicy.COMPACT);

	/** All topics, in pipeline order. */
	public static final List<TopicSpec<?, ?>> ALL = List.of(LIVE_SESSION_CHANGES, PARTICIPANT_CHANGES, STUDENT_CHANGES,
			ENROLLMENT_CHANGES, CAPTURE_DEAD_LETTERS, SCORES, SESSION_RESULTS, ACHIEVEMENTS, AGGREGATOR_DEAD_LETTERS,
			VIEWER_COUNTS);

	private Topics() {
	}

	private static <V> TopicSpec<String, V> changes(String name, Class<V> type, String partitionKey) {
		Serde<V> valueSerde = JsonSerde.of(type);
		return new TopicSpec<>(name, Serdes.String(), valueSerde, partitionKey, CleanupPolicy.COMPACT);
	}

}
