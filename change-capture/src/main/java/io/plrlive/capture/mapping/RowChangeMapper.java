package io.plrlive.capture.mapping;

import io.plrlive.contracts.capture.CapturedTable;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * Maps a captured row to its {@link RowChange}, the same way for both capture paths. A
 * deletion becomes a change with {@code deleted} set and a version one above the deleted
 * row's, so that it supersedes every earlier change of the key. Stateless and
 * thread-safe.
 */
public final class RowChangeMapper {

	/**
	 * Maps one captured row.
	 * @param captured the row as a capture path received it
	 * @return the change to publish, with the table it belongs to
	 * @throws UnmappableRowException if the row cannot be mapped; the message says why
	 */
	public MappedChange map(CapturedRow captured) {
		CapturedTable table = CapturedTable.ofTableName(captured.tableName())
			.orElseThrow(() -> new UnmappableRowException("Table " + captured.tableName() + " is not captured"));
		if (captured.operation() == null) {
			throw new UnmappableRowException("Change of " + captured.tableName() + " has no operation");
		}
		if (captured.row() == null || !captured.row().isObject()) {
			throw new UnmappableRowException("Change of " + captured.tableName() + " carries no row");
		}
		boolean deleted = captured.operation() == RowOperation.DELETE;
		RowReader row = new RowReader(captured.tableName(), captured.row());
		long version = row.requiredLong("version") + (deleted ? 1 : 0);
		try {
			return new MappedChange(table, switch (table) {
				case LIVE_SESSIONS -> liveSession(row, version, deleted);
				case PARTICIPANTS -> participant(row, version, deleted);
				case STUDENTS -> student(row, version, deleted);
				case ENROLLMENTS -> enrollment(row, version, deleted);
			});
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new UnmappableRowException(
					"Row of " + captured.tableName() + " breaks the event contract: " + ex.getMessage(), ex);
		}
	}

	private static LiveSessionChanged liveSession(RowReader row, long version, boolean deleted) {
		return new LiveSessionChanged(row.requiredLong("id"), row.requiredLong("course_id"),
				row.requiredLong("course_instance_id"), row.requiredLong("assessment_id"),
				row.requiredText("assessment_title"), row.requiredInstant("opened_at"),
				row.optionalInstant("closed_at"), version, deleted);
	}

	private static ParticipantChanged participant(RowReader row, long version, boolean deleted) {
		return new ParticipantChanged(row.requiredLong("id"), row.requiredLong("session_id"),
				row.requiredLong("course_id"), row.requiredLong("course_instance_id"), row.requiredLong("user_id"),
				row.requiredLong("points"), row.requiredInstant("joined_at"), row.requiredInstant("points_changed_at"),
				version, deleted);
	}

	private static StudentChanged student(RowReader row, long version, boolean deleted) {
		return new StudentChanged(row.requiredLong("user_id"), row.requiredText("handle"),
				row.requiredText("display_name"), version, deleted);
	}

	private static EnrollmentChanged enrollment(RowReader row, long version, boolean deleted) {
		return new EnrollmentChanged(row.requiredLong("id"), row.requiredLong("user_id"), row.requiredLong("course_id"),
				row.requiredLong("course_instance_id"), version, deleted);
	}

	/**
	 * A mapped change with the table it came from, which names its topic.
	 *
	 * @param table the captured table
	 * @param change the change
	 */
	public record MappedChange(CapturedTable table, RowChange change) {

		/**
		 * The record key in the table's topic.
		 * @return the row's primary key as text
		 */
		public String key() {
			return Long.toString(this.change.key());
		}

	}

}
