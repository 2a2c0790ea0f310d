package io.plrlive.ranking.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.ranking.reference.ScenarioPlan.InstancePlan;
import io.plrlive.ranking.reference.ScenarioPlan.ParticipantPlan;
import io.plrlive.ranking.reference.ScenarioPlan.SessionPlan;
import io.plrlive.ranking.reference.ScenarioPlan.StepPlan;

/**
 * Turns a {@link ScenarioPlan} into the rows as the aggregator would receive them. Ids:
 * course {@code c}, course instance {@code 10c+i}, session {@code 10ci+k}, participant
 * {@code 100session+s}, user {@code 1000+s}, handle {@code h<s>}, all 1-based. Session
 * {@code k} of every course instance opens at {@link #BASE} + {@code k-1} hours and
 * closes 30 minutes later.
 */
final class ScenarioBuilder {

	/** When the first session of every course instance opens. */
	static final Instant BASE = Instant.parse("2026-09-01T10:00:00Z");

	/** How a course instance's champion takes part in every session. */
	private static final ParticipantPlan CHAMPION = new ParticipantPlan(0, List.of(new StepPlan(5000, 30)));

	private final ScenarioPlan plan;

	private final Choices order;

	private final Choices swaps;

	private ScenarioBuilder(ScenarioPlan plan) {
		this.plan = plan;
		this.order = new Choices(plan.orderChoices());
		this.swaps = new Choices(plan.swapChoices());
	}

	static Scenario build(ScenarioPlan plan, boolean lateParticipantDuplicatesAllowed) {
		ScenarioBuilder builder = new ScenarioBuilder(plan);
		List<RowChange> stream = new ArrayList<>(builder.firstStudentVersions());
		stream.addAll(DeliveryOrder.interleave(builder.timelines(), builder.order));
		return DeliveryOrder.redeliver(stream, plan.duplicates(), lateParticipantDuplicatesAllowed);
	}

	private List<RowChange> firstStudentVersions() {
		List<RowChange> students = new ArrayList<>();
		for (int student = 1; student <= this.plan.studentCount(); student++) {
			students.add(student(student, 1));
		}
		return students;
	}

	private List<List<RowChange>> timelines() {
		List<List<RowChange>> timelines = new ArrayList<>();
		for (int course = 1; course <= this.plan.courses().size(); course++) {
			List<InstancePlan> instances = this.plan.courses().get(course - 1).instances();
			for (int instance = 1; instance <= instances.size(); instance++) {
				timelines.add(instanceTimeline(course, course * 10L + instance, instances.get(instance - 1)));
			}
		}
		for (int student = 1; student <= this.plan.studentCount(); student++) {
			timelines.add(nameChanges(student, this.plan.nameChanges().get(student - 1)));
		}
		return timelines;
	}

	private List<RowChange> nameChanges(int student, int changes) {
		List<RowChange> versions = new ArrayList<>();
		for (int version = 2; version <= changes + 1; version++) {
			versions.add(student(student, version));
		}
		return versions;
	}

	private static StudentChanged student(int student, long version) {
		String name = "Student " + student + ((version > 1) ? " v" + version : "");
		return new StudentChanged(1000L + student, "h" + student, name, version, false);
	}

	private List<RowChange> instanceTimeline(long courseId, long courseInstanceId, InstancePlan instance) {
		List<RowChange> timeline = new ArrayList<>();
		List<SessionPlan> sessions = instance.sessions();
		for (int number = 1; number <= sessions.size(); number++) {
			Instant openedAt = BASE.plus(Duration.ofHours(number - 1));
			LiveSessionChanged open = new LiveSessionChanged(courseInstanceId * 10 + number, courseId, courseInstanceId,
					900L + number, "Quiz " + number + " of " + courseInstanceId, openedAt, null, 1, false);
			timeline.add(open);
			SessionPlan session = sessions.get(number - 1);
			timeline
				.addAll(DeliveryOrder.interleave(participantChains(open, session, instance.champion()), this.order));
			if (number < sessions.size() || !instance.lastStaysOpen()) {
				timeline.add(new LiveSessionChanged(open.sessionId(), courseId, courseInstanceId, open.assessmentId(),
						open.assessmentTitle(), openedAt, openedAt.plus(Duration.ofMinutes(30)), 2, false));
			}
		}
		return timeline;
	}

	private List<List<RowChange>> participantChains(LiveSessionChanged session, SessionPlan plan,
			Optional<Integer> champion) {
		List<List<RowChange>> chains = new ArrayList<>();
		for (int student = 1; student <= plan.participants().size(); student++) {
			Optional<ParticipantPlan> participant = champion.equals(Optional.of(student)) ? Optional.of(CHAMPION)
					: plan.participants().get(student - 1);
			if (participant.isPresent()) {
				List<RowChange> chain = participantVersions(session, student, participant.get());
				chains.add(DeliveryOrder.swapSomeAdjacent(chain, this.swaps));
			}
		}
		return chains;
	}

	private static List<RowChange> participantVersions(LiveSessionChanged session, int student,
			ParticipantPlan participant) {
		long participantId = session.sessionId() * 100 + student;
		Instant joinedAt = session.openedAt().plusSeconds(participant.joinSeconds());
		List<RowChange> versions = new ArrayList<>();
		versions.add(new ParticipantChanged(participantId, session.sessionId(), session.courseId(),
				session.courseInstanceId(), 1000L + student, 0, joinedAt, joinedAt, 1, false));
		int durationSeconds = 0;
		for (StepPlan step : participant.steps()) {
			durationSeconds = Math.max(durationSeconds, step.durationSeconds());
			versions.add(new ParticipantChanged(participantId, session.sessionId(), session.courseId(),
					session.courseInstanceId(), 1000L + student, step.points(), joinedAt,
					joinedAt.plusSeconds(durationSeconds), versions.size() + 1, false));
		}
		return versions;
	}

}
