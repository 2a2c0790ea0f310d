package io.plrlive.web.course;

/**
 * One course instance, as pages name it.
 *
 * @param id course instance id
 * @param courseShortName the course, e.g. {@code CS 101}
 * @param shortName the instance, e.g. {@code Fa26}
 * @param longName the instance's full name, or {@code null}
 */
public record CourseInstanceSummary(long id, String courseShortName, String shortName, String longName) {
}
