package io.plrlive.contracts.achievement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change in what a student holds: an achievement awarded or withdrawn when a live
 * session closes. The topic is compacted by {@link #key()}, so its latest record per
 * student, course instance and achievement carries the current {@link #count()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AchievementAwarded.class, name = "awarded"),
		@JsonSubTypes.Type(value = AchievementWithdrawn.class, name = "withdrawn") })
public sealed interface AchievementChange permits AchievementAwarded, AchievementWithdrawn {

	/**
	 * Course of the course instance.
	 * @return the course id
	 */
	long courseId();

	/**
	 * Course instance where the achievement is held.
	 * @return the course instance id
	 */
	long courseInstanceId();

	/**
	 * The closed session that caused the change.
	 * @return the session id
	 */
	long sessionId();

	/**
	 * The student's opaque handle.
	 * @return the handle
	 */
	String handle();

	/**
	 * The achievement concerned.
	 * @return the achievement
	 */
	Achievement achievement();

	/**
	 * How many times the student holds it in the course instance after this change.
	 * @return the count, 0 or more
	 */
	int count();

	/**
	 * When the session closed.
	 * @return the time of the change
	 */
	Instant at();

	/**
	 * The record key: course instance, handle and achievement.
	 * @return the key, e.g. {@code 12:Hx3k…:GOLD}
	 */
	default String key() {
		return key(courseInstanceId(), handle(), achievement());
	}

	/**
	 * The record key of a student's achievement in a course instance.
	 * @param courseInstanceId course instance
	 * @param handle student handle
	 * @param achievement achievement
	 * @return the key
	 */
	static String key(long courseInstanceId, String handle, Achievement achievement) {
		return courseInstanceId + ":" + handle + ":" + achievement.name();
	}

}
