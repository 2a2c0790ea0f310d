package io.plrlive.contracts.board;

import java.util.Objects;

/**
 * Identifies one board: its kind and the id of its scope (a course instance, or a course
 * for all-time boards). Its text form, e.g. {@code live:12} or {@code all-time:3}, is the
 * key of the scores topic.
 *
 * @param kind kind of board
 * @param scopeId course instance id, or course id for {@link BoardKind#ALL_TIME}
 */
public record BoardId(BoardKind kind, long scopeId) {

	public BoardId {
		Objects.requireNonNull(kind, "kind");
		if (scopeId < 1) {
			throw new IllegalArgumentException("scopeId must be positive but was " + scopeId);
		}
	}

	/**
	 * The live board of a course instance.
	 * @param courseInstanceId course instance
	 * @return the board id
	 */
	public static BoardId live(long courseInstanceId) {
		return new BoardId(BoardKind.LIVE, courseInstanceId);
	}

	/**
	 * The seasonal board of a course instance.
	 * @param courseInstanceId course instance
	 * @return the board id
	 */
	public static BoardId seasonal(long courseInstanceId) {
		return new BoardId(BoardKind.SEASONAL, courseInstanceId);
	}

	/**
	 * The all-time board of a course.
	 * @param courseId course
	 * @return the board id
	 */
	public static BoardId allTime(long courseId) {
		return new BoardId(BoardKind.ALL_TIME, courseId);
	}

	/**
	 * Reads the text form.
	 * @param text e.g. {@code seasonal:12}
	 * @return the board id
	 * @throws IllegalArgumentException if the text is not a board id
	 */
	public static BoardId parse(String text) {
		int colon = (text != null) ? text.indexOf(':') : -1;
		if (colon < 0) {
			throw new IllegalArgumentException("Board id '" + text + "' is not of the form kind:scopeId");
		}
		try {
			return new BoardId(BoardKind.ofSlug(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Board id '" + text + "' has no numeric scope id", ex);
		}
	}

	@Override
	public String toString() {
		return this.kind.slug() + ":" + this.scopeId;
	}

}
