package io.plrlive.web.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads roles from the host platform's permissions and enrollments. Staff are users with
 * a course role of Viewer or above, or a course instance role; students are enrolled.
 */
@Component
public class CourseRoles {

	private final JdbcClient jdbc;

	CourseRoles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A user's role in a course instance.
	 * @param userId the user
	 * @param courseInstanceId the course instance
	 * @return staff before student, or none
	 */
	public CourseRole of(long userId, long courseInstanceId) {
		boolean staff = this.jdbc.sql("""
				SELECT EXISTS (
				  SELECT 1 FROM course_instances ci
				  JOIN course_permissions cp ON cp.course_id = ci.course_id AND cp.user_id = :user
				  LEFT JOIN course_instance_permissions cip
				    ON cip.course_permission_id = cp.id AND cip.course_instance_id = ci.id
				  WHERE ci.id = :instance
				    AND (cp.course_role IN ('Viewer', 'Editor', 'Owner')
				         OR cip.course_instance_role IN ('Student Data Viewer', 'Student Data Editor')))
				""").param("user", userId).param("instance", courseInstanceId).query(Boolean.class).single();
		if (staff) {
			return CourseRole.STAFF;
		}
		boolean student = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM enrollments WHERE user_id = :user AND course_instance_id = :instance)")
			.param("user", userId)
			.param("instance", courseInstanceId)
			.query(Boolean.class)
			.single();
		return student ? CourseRole.STUDENT : CourseRole.NONE;
	}

	/**
	 * Whether a user may open and close live sessions in a course instance: course
	 * Editors and Owners, and Student Data Editors of the course instance. Viewers see
	 * the staff page only.
	 * @param userId the user
	 * @param courseInstanceId the course instance
	 * @return true if they may
	 */
	public boolean mayRunSessions(long userId, long courseInstanceId) {
		return this.jdbc.sql("""
				SELECT EXISTS (
				  SELECT 1 FROM course_instances ci
				  JOIN course_permissions cp ON cp.course_id = ci.course_id AND cp.user_id = :user
				  LEFT JOIN course_instance_permissions cip
				    ON cip.course_permission_id = cp.id AND cip.course_instance_id = ci.id
				  WHERE ci.id = :instance
				    AND (cp.course_role IN ('Editor', 'Owner') OR cip.course_instance_role = 'Student Data Editor'))
				""").param("user", userId).param("instance", courseInstanceId).query(Boolean.class).single();
	}

	/**
	 * The user's opaque handle, the same on boards and in stream tokens; created with its
	 * alias when the user has none yet.
	 * @param userId the user
	 * @return the handle
	 */
	public String handleOf(long userId) {
		this.jdbc.sql("SELECT plr_ensure_student(:user)").param("user", userId).query().listOfRows();
		return this.jdbc.sql("SELECT handle FROM plr_students WHERE user_id = :user")
			.param("user", userId)
			.query(String.class)
			.single();
	}

}
