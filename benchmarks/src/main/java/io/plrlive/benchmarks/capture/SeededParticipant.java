package io.plrlive.benchmarks.capture;

/**
 * A benchmark student's assessment instance, which the load generator updates, and the
 * participant row whose changes are measured.
 *
 * @param assessmentInstanceId the host row written
 * @param participantId the PLR row captured
 * @param version the participant row's version after seeding
 */
record SeededParticipant(long assessmentInstanceId, long participantId, long version) {
}
