package io.plrlive.contracts.capture;

import java.util.Arrays;
import java.util.Optional;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;

/**
 * The PLR tables that change-capture publishes, each with the topic and record type of
 * its rows. Both capture paths (NOTIFY and logical replication) name the table, and this
 * is the one place that maps it.
 */
public enum CapturedTable {

	LIVE_SESSIONS("plr_live_sessions", Topics.LIVE_SESSION_CHANGES),

	PARTICIPANTS("plr_participants", Topics.PARTICIPANT_CHANGES),

	STUDENTS("plr_students", Topics.STUDENT_CHANGES),

	ENROLLMENTS("plr_enrollments", Topics.ENROLLMENT_CHANGES);

	/** The NOTIFY channel on which the PLR triggers publish every captured row change. */
	public static final String NOTIFY_CHANNEL = "plr_changes";

	/** The publication that logical replication reads. */
	public static final String PUBLICATION = "plr_capture";

	private final String tableName;

	private final TopicSpec<String, ? extends RowChange> topic;

	CapturedTable(String tableName, TopicSpec<String, ? extends RowChange> topic) {
		this.tableName = tableName;
		this.topic = topic;
	}

	/**
	 * The table's name in the {@code public} schema.
	 * @return e.g. {@code plr_participants}
	 */
	public String tableName() {
		return this.tableName;
	}

	/**
	 * The topic its rows are published to.
	 * @return the topic
	 */
	public TopicSpec<String, ? extends RowChange> topic() {
		return this.topic;
	}

	/**
	 * The captured table of that name.
	 * @param tableName a table name
	 * @return the table, or empty if it is not captured
	 */
	public static Optional<CapturedTable> ofTableName(String tableName) {
		return Arrays.stream(values()).filter((table) -> table.tableName.equals(tableName)).findFirst();
	}

	/**
	 * The table whose rows a change describes.
	 * @param change a row change
	 * @return its table
	 */
	public static CapturedTable of(RowChange change) {
		if (change instanceof LiveSessionChanged) {
			return LIVE_SESSIONS;
		}
		if (change instanceof ParticipantChanged) {
			return PARTICIPANTS;
		}
		if (change instanceof StudentChanged) {
			return STUDENTS;
		}
		return ENROLLMENTS;
	}

	/**
	 * Writes a change of this table with its topic's value serde.
	 * @param change a change of this table
	 * @return the JSON document
	 * @throws IllegalArgumentException if the change belongs to another table
	 */
	public byte[] serialize(RowChange change) {
		if (of(change) != this) {
			throw new IllegalArgumentException(
					"A " + change.getClass().getSimpleName() + " is not a row of " + this.tableName);
		}
		@SuppressWarnings("unchecked")
		TopicSpec<String, RowChange> typed = (TopicSpec<String, RowChange>) this.topic;
		return typed.valueSerde().serializer().serialize(this.topic.name(), change);
	}

}
