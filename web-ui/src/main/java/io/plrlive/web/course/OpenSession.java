package io.plrlive.web.course;

import java.time.Instant;

/**
 * The open live session of a course instance.
 *
 * @param id the session
 * @param assessmentTitle the assessment being played
 * @param openedAt when staff opened it
 */
public record OpenSession(long id, String assessmentTitle, Instant openedAt) {
}
