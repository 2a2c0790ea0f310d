package io.plrlive.web.course;

/**
 * An assessment of the live set (abbreviation {@code LV}) that staff can open as a live
 * session.
 *
 * @param id the assessment
 * @param title its title
 * @param open whether its session is the course instance's open one
 */
public record LiveAssessment(long id, String title, boolean open) {
}
