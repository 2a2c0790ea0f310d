package io.plrlive.web.course;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import io.plrlive.web.identity.CourseRole;
import io.plrlive.web.identity.CourseRoles;
import io.plrlive.web.identity.SignedInUser;

/**
 * Checks that a course instance exists (404) and what the signed-in user may do in it
 * (403).
 */
@Component
public class CourseAccess {

	private final CourseCatalog catalog;

	private final CourseRoles roles;

	CourseAccess(CourseCatalog catalog, CourseRoles roles) {
		this.catalog = catalog;
		this.roles = roles;
	}

	/**
	 * The user's role in an existing course instance, staff or student.
	 * @param user the signed-in user
	 * @param courseInstanceId the course instance
	 * @return the role, never {@link CourseRole#NONE}
	 * @throws ResponseStatusException 404 for an unknown course instance, 403 for a user
	 * who is neither staff nor student of it
	 */
	public CourseRole member(SignedInUser user, long courseInstanceId) {
		if (this.catalog.find(courseInstanceId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no course instance " + courseInstanceId);
		}
		CourseRole role = this.roles.of(user.userId(), courseInstanceId);
		if (role == CourseRole.NONE) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"You are neither staff nor a student of course instance " + courseInstanceId);
		}
		return role;
	}

	/**
	 * Checks that the user may open and close live sessions of an existing course
	 * instance.
	 * @param user the signed-in user
	 * @param courseInstanceId the course instance
	 * @throws ResponseStatusException 404 or 403
	 */
	public void requireSessionControl(SignedInUser user, long courseInstanceId) {
		if (member(user, courseInstanceId) != CourseRole.STAFF
				|| !this.roles.mayRunSessions(user.userId(), courseInstanceId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only staff who may edit course instance "
					+ courseInstanceId + " start and stop its live sessions");
		}
	}

	/**
	 * Checks that the user is an enrolled student of an existing course instance.
	 * @param user the signed-in user
	 * @param courseInstanceId the course instance
	 * @throws ResponseStatusException 404 or 403
	 */
	public void requireStudent(SignedInUser user, long courseInstanceId) {
		if (member(user, courseInstanceId) != CourseRole.STUDENT) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only students of course instance " + courseInstanceId + " have a display name there");
		}
	}

}
