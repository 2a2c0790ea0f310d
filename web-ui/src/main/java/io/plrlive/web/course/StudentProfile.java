package io.plrlive.web.course;

/**
 * The profile card of the student page.
 *
 * @param displayName the name on the boards
 * @param handle the opaque handle by which the page finds the student's rows
 */
public record StudentProfile(String displayName, String handle) {
}
