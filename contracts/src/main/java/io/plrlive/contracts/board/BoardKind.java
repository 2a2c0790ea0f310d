package io.plrlive.contracts.board;

import java.util.Arrays;

/**
 * The three kinds of board and the scope each belongs to.
 */
public enum BoardKind {

	/** The open session of a course instance, or its last session's final standings. */
	LIVE("live", Scope.COURSE_INSTANCE),

	/** Totals over the closed sessions of a course instance (a semester). */
	SEASONAL("seasonal", Scope.COURSE_INSTANCE),

	/** Totals over all course instances of a course. */
	ALL_TIME("all-time", Scope.COURSE);

	private final String slug;

	private final Scope scope;

	BoardKind(String slug, Scope scope) {
		this.slug = slug;
		this.scope = scope;
	}

	/**
	 * The kind's name in board ids.
	 * @return {@code live}, {@code seasonal} or {@code all-time}
	 */
	public String slug() {
		return this.slug;
	}

	/**
	 * What the board's scope id identifies.
	 * @return the scope
	 */
	public Scope scope() {
		return this.scope;
	}

	static BoardKind ofSlug(String slug) {
		return Arrays.stream(values())
			.filter((kind) -> kind.slug.equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown board kind '" + slug + "'; expected live, seasonal or all-time"));
	}

	/**
	 * What a board's scope id identifies.
	 */
	public enum Scope {

		/** A course instance id. */
		COURSE_INSTANCE,

		/** A course id. */
		COURSE

	}

}
