package io.plrlive.ranking.reference;

import java.util.List;
import java.util.Optional;

/**
 * The shrinkable shape of a scenario, from which {@link ScenarioBuilder} derives the
 * delivered rows deterministically.
 *
 * @param studentCount number of students, 1 to 8
 * @param nameChanges display-name changes per student, by student index
 * @param courses the courses
 * @param orderChoices choices that interleave the course instances, participants and name
 * changes
 * @param swapChoices choices that swap adjacent versions of a participant
 * @param duplicates events delivered again later
 */
record ScenarioPlan(int studentCount, List<Integer> nameChanges, List<CoursePlan> courses, List<Integer> orderChoices,
		List<Integer> swapChoices, List<DuplicatePlan> duplicates) {

	/**
	 * A course and its course instances.
	 *
	 * @param instances the course instances, 1 or 2
	 */
	record CoursePlan(List<InstancePlan> instances) {
	}

	/**
	 * A course instance: sessions opened and closed one after another.
	 *
	 * @param sessions the sessions in opening order
	 * @param lastStaysOpen whether the last session is never closed
	 * @param champion a student (1-based) who scores 5000 points in 30 s in every
	 * session, so that long runs of wins and of fastest times happen, or empty
	 */
	record InstancePlan(List<SessionPlan> sessions, boolean lastStaysOpen, Optional<Integer> champion) {
	}

	/**
	 * A session.
	 *
	 * @param participants per student index, the student's participation if any
	 */
	record SessionPlan(List<Optional<ParticipantPlan>> participants) {
	}

	/**
	 * One student's participation: joins with 0 points, then changes points.
	 *
	 * @param joinSeconds seconds after the session's opening at which the student joins
	 * @param steps the point changes after joining
	 */
	record ParticipantPlan(int joinSeconds, List<StepPlan> steps) {
	}

	/**
	 * A change of a participant's points.
	 *
	 * @param points the new points
	 * @param durationSeconds seconds from joining to the change (made non-decreasing when
	 * built)
	 */
	record StepPlan(long points, int durationSeconds) {
	}

	/**
	 * An event delivered again.
	 *
	 * @param sourcePercent which event, as a percentage of the stream's length
	 * @param targetPercent where it is delivered again, as a percentage of the allowed
	 * positions after it
	 */
	record DuplicatePlan(int sourcePercent, int targetPercent) {
	}

}
