package io.plrlive.gateway.stream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser has received on a course instance's stream, carried as the SSE event id
 * so that a reconnecting browser's {@code Last-Event-ID} names it: the version of each of
 * the three boards and the stamp of the viewer's achievements, e.g. {@code 12.5.3.9.1f3a}
 * (course instance 12, live version 5, seasonal 3, all-time 9). Versions and stamps are
 * the same on every replica, so a browser resumes on any of them.
 *
 * @param courseInstanceId the course instance streamed
 * @param live version of the live board received, 0 for none
 * @param seasonal version of the seasonal board received, 0 for none
 * @param allTime version of the all-time board received, 0 for none
 * @param achievementsStamp stamp of the achievements received, or {@code null} for none
 */
record ResumePoint(long courseInstanceId, long live, long seasonal, long allTime, String achievementsStamp) {

	private static final Pattern FORMAT = Pattern
		.compile("(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,18})\\.([0-9a-f]{1,8}|-)");

	/**
	 * Nothing received yet: everything is sent.
	 * @param courseInstanceId the course instance
	 * @return the start point
	 */
	static ResumePoint start(long courseInstanceId) {
		return new ResumePoint(courseInstanceId, 0, 0, 0, null);
	}

	/**
	 * Reads a {@code Last-Event-ID}.
	 * @param lastEventId the header, possibly {@code null}
	 * @param courseInstanceId the course instance being streamed
	 * @return the point, or empty when the id is absent, malformed or of another course
	 * instance: then the browser gets everything
	 */
	static Optional<ResumePoint> parse(String lastEventId, long courseInstanceId) {
		if (lastEventId == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(lastEventId.trim());
		if (!matcher.matches() || Long.parseLong(matcher.group(1)) != courseInstanceId) {
			return Optional.empty();
		}
		String stamp = matcher.group(5).equals("-") ? null : matcher.group(5);
		return Optional.of(new ResumePoint(courseInstanceId, Long.parseLong(matcher.group(2)),
				Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)), stamp));
	}

	long version(Slot board) {
		return switch (board) {
			case LIVE -> this.live;
			case SEASONAL -> this.seasonal;
			case ALL_TIME -> this.allTime;
			default -> throw new IllegalArgumentException(board + " is not a board");
		};
	}

	ResumePoint withVersion(Slot board, long version) {
		return switch (board) {
			case LIVE ->
				new ResumePoint(this.courseInstanceId, version, this.seasonal, this.allTime, this.achievementsStamp);
			case SEASONAL ->
				new ResumePoint(this.courseInstanceId, this.live, version, this.allTime, this.achievementsStamp);
			case ALL_TIME ->
				new ResumePoint(this.courseInstanceId, this.live, this.seasonal, version, this.achievementsStamp);
			default -> throw new IllegalArgumentException(board + " is not a board");
		};
	}

	ResumePoint withAchievements(String stamp) {
		return new ResumePoint(this.courseInstanceId, this.live, this.seasonal, this.allTime, stamp);
	}

	/**
	 * The event id form.
	 * @return e.g. {@code 12.5.3.9.1f3a}
	 */
	String eventId() {
		return this.courseInstanceId + "." + this.live + "." + this.seasonal + "." + this.allTime + "."
				+ ((this.achievementsStamp != null) ? this.achievementsStamp : "-");
	}

}
