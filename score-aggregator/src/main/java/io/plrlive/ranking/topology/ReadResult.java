package io.plrlive.ranking.topology;

import io.plrlive.contracts.deadletter.DeadLetter;

/**
 * The outcome of reading one input record: a course event, or a dead letter saying why
 * the record cannot be used.
 *
 * @param event the event, or {@code null}
 * @param deadLetter the dead letter, or {@code null}
 */
record ReadResult(CourseEvent event, DeadLetter deadLetter) {

	static ReadResult of(CourseEvent event) {
		return new ReadResult(event, null);
	}

	static ReadResult rejected(DeadLetter deadLetter) {
		return new ReadResult(null, deadLetter);
	}

	boolean rejected() {
		return this.deadLetter != null;
	}

}
