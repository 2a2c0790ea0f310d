package io.plrlive.web.identity;

/**
 * What a user is in a course instance.
 */
public enum CourseRole {

	/** Course staff: sees the staff page and opens and closes live sessions. */
	STAFF,

	/** An enrolled student: sees the student page. */
	STUDENT,

	/** Neither: sees nothing of the course instance. */
	NONE

}
