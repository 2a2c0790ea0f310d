package io.plrlive.ranking.season;

/**
 * What the aggregator keeps per course instance: its course, how many of its sessions are
 * finalized, and the session its live board shows.
 *
 * @param courseId the course
 * @param finalizedSessions sessions finalized so far; the next one gets this number + 1
 * @param liveSessionId the session the live board shows, 0 before the first one opens
 */
public record CourseInstanceRecord(long courseId, int finalizedSessions, long liveSessionId) {

	/**
	 * The record after one more session is finalized.
	 * @return the new record
	 */
	public CourseInstanceRecord withSessionFinalized() {
		return new CourseInstanceRecord(this.courseId, this.finalizedSessions + 1, this.liveSessionId);
	}

	/**
	 * The record with another session on the live board.
	 * @param sessionId the session
	 * @return the new record
	 */
	public CourseInstanceRecord showing(long sessionId) {
		return new CourseInstanceRecord(this.courseId, this.finalizedSessions, sessionId);
	}

}
