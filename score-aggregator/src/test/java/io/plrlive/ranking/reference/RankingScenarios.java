package io.plrlive.ranking.reference;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import io.plrlive.ranking.reference.ScenarioPlan.CoursePlan;
import io.plrlive.ranking.reference.ScenarioPlan.DuplicatePlan;
import io.plrlive.ranking.reference.ScenarioPlan.InstancePlan;
import io.plrlive.ranking.reference.ScenarioPlan.ParticipantPlan;
import io.plrlive.ranking.reference.ScenarioPlan.SessionPlan;
import io.plrlive.ranking.reference.ScenarioPlan.StepPlan;

/**
 * jqwik generators of delivered row streams: 1–2 courses of 1–2 course instances, up to 6
 * sessions each, up to 8 students, small value domains so that points, durations and
 * times tie often, duplicates and swapped versions as the two capture paths produce them.
 */
public final class RankingScenarios {

	private RankingScenarios() {
	}

	/**
	 * Scenarios in which no participant event is delivered again after its session's
	 * close.
	 * @return the scenarios
	 */
	public static Arbitrary<Scenario> scenarios() {
		return plans().map((plan) -> ScenarioBuilder.build(plan, false));
	}

	/**
	 * Scenarios in which duplicates of participant events may also come after their
	 * session's close (see {@link Scenario#lateParticipantDuplicates()}).
	 * @return the scenarios
	 */
	public static Arbitrary<Scenario> scenariosWithLateParticipantDuplicates() {
		return plans().map((plan) -> ScenarioBuilder.build(plan, true));
	}

	static Arbitrary<ScenarioPlan> plans() {
		return Arbitraries.integers().between(1, 8).flatMap((students) -> plans(students));
	}

	private static Arbitrary<ScenarioPlan> plans(int students) {
		return Combinators
			.combine(Arbitraries.integers().between(0, 2).list().ofSize(students),
					course(students).list().ofMinSize(1).ofMaxSize(2), choices(400), choices(80),
					duplicate().list().ofMaxSize(10))
			.as((names, courses, order, swaps, duplicates) -> new ScenarioPlan(students, names, courses, order, swaps,
					duplicates));
	}

	private static Arbitrary<CoursePlan> course(int students) {
		return instance(students).list().ofMinSize(1).ofMaxSize(2).map(CoursePlan::new);
	}

	private static Arbitrary<InstancePlan> instance(int students) {
		Arbitrary<List<SessionPlan>> sessions = Arbitraries.integers()
			.between(0, 6)
			.flatMap((count) -> session(students).list().ofSize(count));
		Arbitrary<Optional<Integer>> champion = Arbitraries.integers().between(1, students).optional(0.3);
		return Combinators.combine(sessions, Arbitraries.of(false, true), champion).as(InstancePlan::new);
	}

	private static Arbitrary<SessionPlan> session(int students) {
		return participant().optional(0.7).list().ofSize(students).map(SessionPlan::new);
	}

	private static Arbitrary<ParticipantPlan> participant() {
		return Combinators.combine(Arbitraries.of(0, 5), step().list().ofMaxSize(5)).as(ParticipantPlan::new);
	}

	private static Arbitrary<StepPlan> step() {
		Arbitrary<Long> roundPoints = Arbitraries.of(0L, 1000L, 2000L, 3000L, 4000L, 5000L);
		Arbitrary<Long> anyPoints = Arbitraries.longs().between(0, 5000);
		Arbitrary<Long> points = Arbitraries.frequencyOf(Tuple.of(4, roundPoints), Tuple.of(1, anyPoints));
		return Combinators.combine(points, Arbitraries.of(30, 60, 90, 120)).as(StepPlan::new);
	}

	private static Arbitrary<DuplicatePlan> duplicate() {
		Arbitrary<Integer> percent = Arbitraries.integers().between(0, 99);
		return Combinators.combine(percent, percent).as(DuplicatePlan::new);
	}

	private static Arbitrary<List<Integer>> choices(int maxSize) {
		return Arbitraries.integers().between(0, 99).list().ofMaxSize(maxSize);
	}

}
