package io.plrlive.gateway.cache;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which course each known course instance belongs to, learnt from enrollments, boards and
 * achievements. A course instance is known once any of them names it; its stream carries
 * its course's all-time board.
 */
public final class CourseDirectory {

	private final Map<Long, Long> courseOfInstance = new ConcurrentHashMap<>();

	private final Map<Long, Set<Long>> instancesOfCourse = new ConcurrentHashMap<>();

	/**
	 * Records that a course instance belongs to a course.
	 * @param courseInstanceId the course instance
	 * @param courseId its course
	 */
	void register(long courseInstanceId, long courseId) {
		Long previous = this.courseOfInstance.putIfAbsent(courseInstanceId, courseId);
		if (previous == null) {
			this.instancesOfCourse.computeIfAbsent(courseId, (id) -> ConcurrentHashMap.newKeySet())
				.add(courseInstanceId);
		}
	}

	/**
	 * The course of a course instance.
	 * @param courseInstanceId the course instance
	 * @return its course, or empty when the course instance is unknown
	 */
	public OptionalLong courseOf(long courseInstanceId) {
		Long courseId = this.courseOfInstance.get(courseInstanceId);
		return (courseId != null) ? OptionalLong.of(courseId) : OptionalLong.empty();
	}

	/**
	 * The known course instances of a course.
	 * @param courseId the course
	 * @return its course instances, possibly none
	 */
	public Set<Long> instancesOf(long courseId) {
		return this.instancesOfCourse.getOrDefault(courseId, Set.of());
	}

}
