package io.plrlive.ranking.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;

import static org.assertj.core.api.Assertions.assertThat;

class RankingScenariosTests {

	@Property(tries = 50)
	void firstDeliveriesOfEveryRowNumberItsVersionsFromOneUpSwappingOnlyAdjacentParticipantVersions(
			@ForAll("scenarios") Scenario scenario) {
		firstDeliveredVersions(scenario.delivered()).forEach((row, versions) -> {
			assertThat(versions).as(row).containsExactlyInAnyOrderElementsOf(oneTo(versions.size()));
			for (int index = 0; index < versions.size(); index++) {
				long misplacement = Math.abs(versions.get(index) - (index + 1));
				assertThat(misplacement).as(row + " " + versions)
					.isLessThanOrEqualTo(row.startsWith("Participant") ? 1 : 0);
			}
		});
	}

	@Property(tries = 50)
	void everyParticipantEventFollowsItsStudentAndSessionOpeningAndPrecedesTheClose(
			@ForAll("scenarios") Scenario scenario) {
		List<RowChange> delivered = scenario.delivered();
		Set<Long> studentsSeen = new HashSet<>();
		Set<Long> sessionsOpened = new HashSet<>();
		Set<Long> sessionsClosed = new HashSet<>();
		for (RowChange change : delivered) {
			if (change instanceof ParticipantChanged participant) {
				assertThat(studentsSeen).contains(participant.userId());
				assertThat(sessionsOpened).contains(participant.sessionId());
				assertThat(sessionsClosed).doesNotContain(participant.sessionId());
			}
			else if (change instanceof LiveSessionChanged session) {
				(session.open() ? sessionsOpened : sessionsClosed).add(session.sessionId());
			}
			else {
				studentsSeen.add(change.key());
			}
		}
		assertThat(scenario.lateParticipantDuplicates()).isFalse();
	}

	@Property(tries = 50)
	void courseInstancesHaveAtMostOneOpenSessionAtATime(@ForAll("scenarios") Scenario scenario) {
		Map<Long, Long> openByInstance = new LinkedHashMap<>();
		for (RowChange change : firstDeliveries(scenario.delivered())) {
			if (change instanceof LiveSessionChanged session && session.open()) {
				assertThat(openByInstance.put(session.courseInstanceId(), session.sessionId())).isNull();
			}
			else if (change instanceof LiveSessionChanged session) {
				assertThat(openByInstance.remove(session.courseInstanceId())).isEqualTo(session.sessionId());
			}
		}
	}

	@Property(tries = 50)
	void theReferenceComputesBoardsRankedFromOneAndUnchangedByDuplicates(@ForAll("scenarios") Scenario scenario) {
		ReferenceOutcome outcome = ReferenceRanking.compute(scenario.delivered());
		for (ComparableBoard board : outcome.boards().values()) {
			List<Integer> ranks = board.entries().stream().map(ComparableEntry::rank).toList();
			for (int index = 0; index < ranks.size(); index++) {
				int rank = ranks.get(index);
				assertThat(rank).as(board.boardId())
					.isIn((index == 0) ? List.of(1) : List.of(ranks.get(index - 1), index + 1));
			}
		}
		assertThat(ReferenceRanking.compute(firstDeliveries(scenario.delivered()))).isEqualTo(outcome);
	}

	@Property(tries = 50)
	void lateParticipantDuplicatesAreFlagged(@ForAll("scenariosWithLateDuplicates") Scenario scenario) {
		Set<Long> sessionsClosed = new HashSet<>();
		boolean late = false;
		for (RowChange change : scenario.delivered()) {
			if (change instanceof LiveSessionChanged session && !session.open()) {
				sessionsClosed.add(session.sessionId());
			}
			late |= change instanceof ParticipantChanged participant
					&& sessionsClosed.contains(participant.sessionId());
		}
		assertThat(scenario.lateParticipantDuplicates()).isEqualTo(late);
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		return RankingScenarios.scenarios();
	}

	@Provide
	Arbitrary<Scenario> scenariosWithLateDuplicates() {
		return RankingScenarios.scenariosWithLateParticipantDuplicates();
	}

	private static List<RowChange> firstDeliveries(List<RowChange> delivered) {
		return List.copyOf(new java.util.LinkedHashSet<>(delivered));
	}

	private static Map<String, List<Long>> firstDeliveredVersions(List<RowChange> delivered) {
		Map<String, List<Long>> versions = new LinkedHashMap<>();
		for (RowChange change : firstDeliveries(delivered)) {
			String row = change.getClass().getSimpleName().replace("Changed", "") + " " + change.key();
			versions.computeIfAbsent(row, (key) -> new ArrayList<>()).add(change.version());
		}
		return versions;
	}

	private static List<Long> oneTo(int count) {
		List<Long> numbers = new ArrayList<>();
		for (long number = 1; number <= count; number++) {
			numbers.add(number);
		}
		return numbers;
	}

}
