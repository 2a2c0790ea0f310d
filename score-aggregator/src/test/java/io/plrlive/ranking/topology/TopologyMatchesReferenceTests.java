package io.plrlive.ranking.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.util.FileSystemUtils;

import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.ranking.reference.ComparableBoard;
import io.plrlive.ranking.reference.RankingScenarios;
import io.plrlive.ranking.reference.ReferenceOutcome;
import io.plrlive.ranking.reference.ReferenceRanking;
import io.plrlive.ranking.reference.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random courses, sessions, score changes, name changes, duplicates and swapped
 * versions, the topology publishes what a from-scratch computation of the ranking rules
 * says: every board, every session's final standings and every achievement count.
 */
class TopologyMatchesReferenceTests {

	private static final Duration INTERVAL = Duration.ofMillis(50);

	private static final Duration GRACE = Duration.ofMillis(200);

	@Property(tries = 80)
	void boardsResultsAndAchievementsEqualTheFromScratchComputation(@ForAll("scenarios") Scenario scenario) {
		ReferenceOutcome expected = ReferenceRanking.compute(scenario.delivered());
		Path stateDir = temporaryDirectory();
		try (RankingHarness harness = new RankingHarness(new RankingSettings(INTERVAL, GRACE, 2000), stateDir)) {
			for (RowChange row : scenario.delivered()) {
				harness.pipe(row);
				if (row instanceof LiveSessionChanged session && !session.open()) {
					// The reference finalizes a session with the names known at its
					// close.
					harness.advance(GRACE.plusMillis(10));
				}
			}
			harness.advance(GRACE.plus(INTERVAL).plusMillis(10));

			assertThat(boards(harness)).isEqualTo(expected.boards());
			assertThat(results(harness)).isEqualTo(expected.sessionResults());
			assertThat(achievementCounts(harness)).isEqualTo(expected.achievementCounts());
			assertThat(harness.rejected).isEmpty();
		}
		finally {
			FileSystemUtils.deleteRecursively(stateDir.toFile());
		}
	}

	@Property(tries = 30)
	void participantDuplicatesDeliveredAfterTheCloseChangeNothing(
			@ForAll("scenariosWithLateDuplicates") Scenario scenario) {
		ReferenceOutcome expected = ReferenceRanking.compute(scenario.delivered());
		Path stateDir = temporaryDirectory();
		try (RankingHarness harness = new RankingHarness(new RankingSettings(INTERVAL, GRACE, 2000), stateDir)) {
			pipeFinalizingEachClose(harness, scenario);

			assertThat(boards(harness)).isEqualTo(expected.boards());
			assertThat(results(harness)).isEqualTo(expected.sessionResults());
			assertThat(achievementCounts(harness)).isEqualTo(expected.achievementCounts());
			// Versions already seen are dropped before any rule: a duplicate is no
			// participant change after the close.
			assertThat(harness.rejected).isEmpty();
		}
		finally {
			FileSystemUtils.deleteRecursively(stateDir.toFile());
		}
	}

	private static void pipeFinalizingEachClose(RankingHarness harness, Scenario scenario) {
		for (RowChange row : scenario.delivered()) {
			harness.pipe(row);
			if (row instanceof LiveSessionChanged session && !session.open()) {
				// The reference finalizes a session with the names known at its close.
				harness.advance(GRACE.plusMillis(10));
			}
		}
		harness.advance(GRACE.plus(INTERVAL).plusMillis(10));
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		return RankingScenarios.scenarios();
	}

	@Provide
	Arbitrary<Scenario> scenariosWithLateDuplicates() {
		return RankingScenarios.scenariosWithLateParticipantDuplicates();
	}

	private static Map<String, ComparableBoard> boards(RankingHarness harness) {
		return harness.latestBoards.values()
			.stream()
			.collect(Collectors.toMap((board) -> board.boardId(), ComparableBoard::of, (a, b) -> b, TreeMap::new));
	}

	private static Map<Long, SessionResults> results(RankingHarness harness) {
		Map<Long, SessionResults> results = new TreeMap<>();
		for (SessionResults published : harness.sessionResults) {
			assertThat(results.put(published.sessionId(), published))
				.as("session %d published twice", published.sessionId())
				.isNull();
		}
		return results;
	}

	private static Map<String, Integer> achievementCounts(RankingHarness harness) {
		Map<String, Integer> counts = new HashMap<>();
		for (AchievementChange change : harness.achievementChanges) {
			counts.put(change.key(), change.count());
		}
		return new TreeMap<>(counts);
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("plr-ranking-property");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
