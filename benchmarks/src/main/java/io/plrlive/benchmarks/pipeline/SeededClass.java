package io.plrlive.benchmarks.pipeline;

/**
 * One seeded course instance: its id and the assessment instances of its students, whose
 * points the load generator raises.
 *
 * @param courseInstanceId the course instance
 * @param assessmentInstanceIds one per student, in user order
 */
public record SeededClass(long courseInstanceId, long[] assessmentInstanceIds) {

}
