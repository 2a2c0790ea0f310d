package io.plrlive.ranking.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardSnapshot;

import static io.plrlive.ranking.topology.SessionRows.handle;
import static io.plrlive.ranking.topology.SessionRows.renamed;
import static io.plrlive.ranking.topology.SessionRows.session;
import static io.plrlive.ranking.topology.SessionRows.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BoardsTopologyTests {

	static final Duration INTERVAL = Duration.ofMillis(50);

	static final Duration GRACE = Duration.ofSeconds(1);

	static final Duration CATCH_UP_LAG = Duration.ofMillis(500);

	static final Duration CATCH_UP_INTERVAL = Duration.ofMillis(400);

	@TempDir
	Path stateDir;

	RankingHarness harness;

	@BeforeEach
	void start() {
		this.harness = new RankingHarness(
				new RankingSettings(INTERVAL, GRACE, 2000).withCatchUp(CATCH_UP_LAG, CATCH_UP_INTERVAL), this.stateDir);
		for (long userId = 1; userId <= 8; userId++) {
			this.harness.pipe(student(userId));
		}
	}

	@AfterEach
	void stop() {
		this.harness.close();
	}

	@Test
	void opensAnEmptyLiveBoardForTheSession() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open());
		BoardSnapshot live = this.harness.board("live:10");
		assertThat(live.entries()).isEmpty();
		assertThat(live.sessionId()).isEqualTo(1);
		assertThat(live.sessionTitle()).isEqualTo("Quiz 1");
		assertThat(live.finalStandings()).isFalse();
		assertThat(live.version()).isEqualTo(1);
	}

	@Test
	void ranksByPointsThenDurationWithSharedCompetitionRanks() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open(), quiz.score(1, 3000, 60), quiz.score(2, 5000, 90), quiz.score(3, 5000, 90),
				quiz.score(4, 5000, 80), quiz.score(5, 3000, 70));
		this.harness.advance(INTERVAL);
		assertThat(this.harness.board("live:10").entries()).extracting(BoardEntry::rank, BoardEntry::handle)
			.containsExactly(tuple(1, handle(4)), tuple(2, handle(2)), tuple(2, handle(3)), tuple(4, handle(1)),
					tuple(5, handle(5)));
	}

	@Test
	void ordersASharedRankByTheTimeThePointsWereReachedThenByHandle() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open(), quiz.score(3, 1000, 30), quiz.score(2, 1000, 30),
				quiz.participant(1, 1000, 30, 1, false));
		this.harness.advance(INTERVAL);
		assertThat(this.harness.board("live:10").entries()).extracting(BoardEntry::rank, BoardEntry::handle)
			.containsExactly(tuple(1, handle(1)), tuple(1, handle(2)), tuple(1, handle(3)));
	}

	@Test
	void movesAStudentDownWhenTheirScoreGoesDown() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open(), quiz.score(1, 4000, 60), quiz.score(2, 3000, 60));
		this.harness.advance(INTERVAL);
		this.harness.pipe(quiz.score(1, 2000, 90));
		this.harness.advance(INTERVAL);
		assertThat(this.harness.board("live:10").entries())
			.extracting(BoardEntry::rank, BoardEntry::handle, BoardEntry::points, BoardEntry::rankChange)
			.containsExactly(tuple(1, handle(2), 3000L, 1), tuple(2, handle(1), 2000L, -1));
	}

	@Test
	void coalescesChangesWithinTheSnapshotInterval() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open());
		for (int step = 1; step <= 20; step++) {
			this.harness.pipe(quiz.score(1, step * 100L, step));
		}
		assertThat(this.harness.snapshotsOf("live:10")).hasSize(1);
		this.harness.advance(INTERVAL);
		List<BoardSnapshot> published = this.harness.snapshotsOf("live:10");
		assertThat(published).hasSize(2);
		assertThat(published.get(1).entries()).extracting(BoardEntry::points).containsExactly(2000L);
		assertThat(published).extracting(BoardSnapshot::version).containsExactly(1L, 2L);
	}

	@Test
	void coalescesOverTheLongerIntervalWhileRowsArriveLate() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open());
		this.harness.advance(INTERVAL);
		Instant late = this.harness.now().minus(CATCH_UP_LAG.multipliedBy(2));
		for (int step = 1; step <= 5; step++) {
			this.harness.pipeAt(late, quiz.score(1, step * 100L, step));
			this.harness.advance(INTERVAL);
		}
		// Only the opening's snapshot so far: the late rows wait for the catch-up
		// interval,
		// where on-time rows would have published every INTERVAL.
		assertThat(this.harness.snapshotsOf("live:10")).hasSize(1);
		this.harness.advance(CATCH_UP_INTERVAL.minus(INTERVAL.multipliedBy(6)));
		List<BoardSnapshot> published = this.harness.snapshotsOf("live:10");
		assertThat(published).hasSize(2);
		assertThat(published.get(1).entries()).extracting(BoardEntry::points).containsExactly(500L);
	}

	@Test
	void goesBackToTheSnapshotIntervalOnceRowsAreOnTimeAgain() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open());
		this.harness.advance(INTERVAL);
		this.harness.pipeAt(this.harness.now().minus(CATCH_UP_LAG.multipliedBy(2)), quiz.score(1, 100, 1));
		this.harness.advance(CATCH_UP_INTERVAL);
		this.harness.advance(INTERVAL);
		int before = this.harness.snapshotsOf("live:10").size();
		this.harness.pipeAt(this.harness.now(), quiz.score(1, 200, 2));
		this.harness.pipeAt(this.harness.now(), quiz.score(1, 300, 3));
		this.harness.advance(INTERVAL);
		List<BoardSnapshot> published = this.harness.snapshotsOf("live:10");
		assertThat(published).hasSize(before + 2);
		assertThat(published.get(published.size() - 1).entries()).extracting(BoardEntry::points).containsExactly(300L);
	}

	@Test
	void showsANewDisplayNameOnEveryBoardOfTheStudent() {
		SessionRows first = session(1, 10);
		this.harness.pipe(first.open(), first.score(1, 1000, 10), first.close());
		this.harness.advance(GRACE);
		SessionRows second = session(2, 10);
		this.harness.pipe(second.open(), second.score(1, 2000, 10));
		this.harness.advance(INTERVAL);
		this.harness.pipe(renamed(1, "Quick Fox", 2));
		this.harness.advance(INTERVAL);
		for (String board : List.of("live:10", "seasonal:10", "all-time:1")) {
			assertThat(this.harness.board(board).entries()).extracting(BoardEntry::displayName)
				.as(board)
				.containsExactly("Quick Fox");
		}
	}

	@Test
	void showsTheFinalStandingsAfterTheGracePeriod() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open(), quiz.score(1, 1000, 20), quiz.score(2, 2000, 40), quiz.close());
		this.harness.advance(GRACE.minusMillis(10));
		assertThat(this.harness.sessionResults).isEmpty();
		this.harness.pipe(quiz.score(1, 3000, 45));
		this.harness.advance(Duration.ofMillis(10));
		assertThat(this.harness.sessionResults).singleElement().satisfies((results) -> {
			assertThat(results.sessionId()).isEqualTo(1);
			assertThat(results.standings()).extracting((standing) -> standing.handle())
				.containsExactly(handle(1), handle(2));
		});
		this.harness.advance(INTERVAL);
		BoardSnapshot live = this.harness.board("live:10");
		assertThat(live.finalStandings()).isTrue();
		assertThat(live.entries()).extracting(BoardEntry::handle, BoardEntry::points)
			.containsExactly(tuple(handle(1), 3000L), tuple(handle(2), 2000L));
	}

	@Test
	void sumsSeasonsPerCourseInstanceAndAllTimePerCourse() {
		SessionRows autumn1 = session(1, 10);
		SessionRows autumn2 = session(2, 10);
		SessionRows spring1 = session(3, 11);
		this.harness.pipe(autumn1.open(), autumn1.score(1, 1000, 10), autumn1.score(2, 3000, 20), autumn1.close());
		this.harness.advance(GRACE);
		this.harness.pipe(autumn2.open(), autumn2.score(1, 4000, 30), autumn2.close());
		this.harness.advance(GRACE);
		this.harness.pipe(spring1.open(), spring1.score(2, 1000, 5), spring1.close());
		this.harness.advance(GRACE);
		assertThat(this.harness.board("seasonal:10").entries())
			.extracting(BoardEntry::rank, BoardEntry::handle, BoardEntry::points, BoardEntry::durationMillis,
					BoardEntry::seasons)
			.containsExactly(tuple(1, handle(1), 5000L, 40_000L, null), tuple(2, handle(2), 3000L, 20_000L, null));
		assertThat(this.harness.board("seasonal:11").entries()).extracting(BoardEntry::handle)
			.containsExactly(handle(2));
		assertThat(this.harness.board("all-time:1").entries())
			.extracting(BoardEntry::rank, BoardEntry::handle, BoardEntry::points, BoardEntry::seasons)
			.containsExactly(tuple(1, handle(1), 5000L, 1), tuple(2, handle(2), 4000L, 2));
		assertThat(this.harness.board("all-time:1").courseInstanceId()).isNull();
	}

	@Test
	void ignoresDuplicatesAndOlderVersions() {
		SessionRows quiz = session(1, 10);
		var first = quiz.score(1, 1000, 10);
		var second = quiz.score(1, 2000, 20);
		this.harness.pipe(quiz.open(), quiz.open(), second, first, second);
		this.harness.advance(INTERVAL);
		assertThat(this.harness.board("live:10").entries()).extracting(BoardEntry::points).containsExactly(2000L);
		assertThat(this.harness.snapshotsOf("live:10")).hasSize(2);
	}

	@Test
	void countsASessionOnceWhenItsCloseArrivesTwice() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open(), quiz.score(1, 1000, 10), quiz.close());
		this.harness.advance(GRACE);
		this.harness.pipe(quiz.close());
		this.harness.advance(GRACE);
		assertThat(this.harness.sessionResults).hasSize(1);
		assertThat(this.harness.board("seasonal:10").entries()).extracting(BoardEntry::points).containsExactly(1000L);
	}

	@Test
	void takesADeletedParticipantOffTheLiveBoard() {
		SessionRows quiz = session(1, 10);
		this.harness.pipe(quiz.open(), quiz.score(1, 1000, 10), quiz.score(2, 2000, 10));
		this.harness.pipe(quiz.participant(2, 2000, 10, 2, true));
		this.harness.advance(INTERVAL);
		assertThat(this.harness.board("live:10").entries()).extracting(BoardEntry::handle).containsExactly(handle(1));
	}

	@Test
	void switchesTheLiveBoardToTheNextSession() {
		SessionRows first = session(1, 10);
		SessionRows second = session(2, 10);
		this.harness.pipe(first.open(), first.score(1, 1000, 10), first.close());
		this.harness.advance(GRACE);
		this.harness.pipe(second.open());
		this.harness.advance(INTERVAL);
		BoardSnapshot live = this.harness.board("live:10");
		assertThat(live.sessionId()).isEqualTo(2);
		assertThat(live.finalStandings()).isFalse();
		assertThat(live.entries()).isEmpty();
	}

}
