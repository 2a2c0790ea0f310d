package io.plrlive.ranking.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.board.Badge;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.session.FinalStanding;
import io.plrlive.contracts.session.SessionResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class ReferenceRankingTests {

	@Test
	void ranksShareOnlyEqualPointsAndDurationAndOrderTiesByReachedTimeThenHandle() {
		RowFixture rows = new RowFixture().students(1, 2, 3, 4, 5).open(111, 11, 0);
		rows.score(111, 1, 3000, 60, 5).score(111, 2, 3000, 60, 0).score(111, 3, 3000, 90);
		rows.score(111, 5, 2000, 30).score(111, 4, 2000, 30);
		ComparableBoard live = rows.compute().boards().get("live:11");
		assertThat(live.entries()).extracting(ComparableEntry::rank, ComparableEntry::handle)
			.containsExactly(tuple(1, "h2"), tuple(1, "h1"), tuple(3, "h3"), tuple(4, "h4"), tuple(4, "h5"));
		assertThat(live)
			.extracting(ComparableBoard::kind, ComparableBoard::courseId, ComparableBoard::courseInstanceId,
					ComparableBoard::sessionId, ComparableBoard::sessionTitle, ComparableBoard::finalStandings)
			.containsExactly(BoardKind.LIVE, 1L, 11L, 111L, "Quiz 111", false);
		assertThat(live.entries()).allSatisfy((entry) -> assertThat(entry.seasons()).isNull());
	}

	@Test
	void aScoreThatGoesDownCountsAtItsLatestValue() {
		RowFixture rows = new RowFixture().students(1, 2).open(111, 11, 0);
		rows.score(111, 1, 5000, 30).score(111, 2, 2000, 60).score(111, 1, 1000, 90);
		assertThat(rows.compute().boards().get("live:11").entries())
			.extracting(ComparableEntry::handle, ComparableEntry::points, ComparableEntry::durationMillis)
			.containsExactly(tuple("h2", 2000L, 60_000L), tuple("h1", 1000L, 90_000L));
	}

	@Test
	void boardsShowTheCurrentNameAndResultsTheNameWhenTheSessionClosed() {
		RowFixture rows = new RowFixture().students(1).session(111, 11, 0, 1000, 30).rename(1, "Ada");
		ReferenceOutcome outcome = rows.compute();
		assertThat(outcome.boards().values()).flatExtracting(ComparableBoard::entries)
			.extracting(ComparableEntry::displayName)
			.containsOnly("Ada")
			.hasSize(3);
		assertThat(outcome.sessionResults().get(111L).standings()).extracting(FinalStanding::displayName)
			.containsExactly("Student 1");
	}

	@Test
	void aClosedSessionLeavesItsFinalStandingsOnTheLiveBoardUntilTheNextOpens() {
		RowFixture rows = new RowFixture().students(1, 2).session(111, 11, 0, 1000, 30, 2000, 60);
		ReferenceOutcome closed = rows.compute();
		assertThat(closed.boards().get("live:11"))
			.extracting(ComparableBoard::sessionId, ComparableBoard::finalStandings)
			.containsExactly(111L, true);
		LiveSessionChanged session = (LiveSessionChanged) rows.events().get(2);
		assertThat(closed.sessionResults().get(111L))
			.isEqualTo(new SessionResults(111, 1, 11, 1011, "Quiz 111", session.openedAt(),
					RowFixture.closedAt(session), 2, List.of(new FinalStanding(1, "h2", "Student 2", 2000, 60_000),
							new FinalStanding(2, "h1", "Student 1", 1000, 30_000))));
		ComparableBoard reopened = rows.open(112, 11, 1).compute().boards().get("live:11");
		assertThat(reopened).extracting(ComparableBoard::sessionId, ComparableBoard::finalStandings)
			.containsExactly(112L, false);
		assertThat(reopened.entries()).isEmpty();
	}

	@Test
	void onlyTheLiveBoardExistsBeforeTheFirstSessionIsFinalized() {
		assertThat(new RowFixture().students(1).compute().boards()).isEmpty();
		RowFixture rows = new RowFixture().students(1).open(111, 11, 0).score(111, 1, 1000, 30);
		assertThat(rows.compute().boards()).containsOnlyKeys("live:11");
		assertThat(rows.close(111).compute().boards()).containsOnlyKeys("live:11", "seasonal:11", "all-time:1");
	}

	@Test
	void seasonalAndAllTimeBoardsSumFinalPointsAndDurations() {
		RowFixture rows = new RowFixture().students(1, 2, 3).session(111, 11, 0, 2000, 60, 1000, 30);
		rows.session(112, 11, 1, 1000, 30, -1, 0, 0, 0).session(121, 12, 0, -1, 0, 3000, 90);
		ReferenceOutcome outcome = rows.compute();
		assertThat(outcome.boards().get("seasonal:11").entries())
			.extracting(ComparableEntry::rank, ComparableEntry::handle, ComparableEntry::points,
					ComparableEntry::durationMillis, ComparableEntry::seasons)
			.containsExactly(tuple(1, "h1", 3000L, 90_000L, null), tuple(2, "h2", 1000L, 30_000L, null),
					tuple(3, "h3", 0L, 0L, null));
		ComparableBoard allTime = outcome.boards().get("all-time:1");
		assertThat(allTime)
			.extracting(ComparableBoard::kind, ComparableBoard::courseInstanceId, ComparableBoard::sessionId,
					ComparableBoard::sessionTitle, ComparableBoard::finalStandings)
			.containsExactly(BoardKind.ALL_TIME, null, null, null, false);
		assertThat(allTime.entries())
			.extracting(ComparableEntry::handle, ComparableEntry::points, ComparableEntry::durationMillis,
					ComparableEntry::seasons)
			.containsExactly(tuple("h2", 4000L, 120_000L, 2), tuple("h1", 3000L, 90_000L, 1), tuple("h3", 0L, 0L, 1));
	}

	@Test
	void equalTotalsShareARankAndTheEarlierReachedComesFirst() {
		RowFixture rows = new RowFixture().students(1, 2).session(111, 11, 0, 1000, 30, 2000, 60);
		rows.session(112, 11, 1, 1000, 30, 0, 0);
		assertThat(rows.compute().boards().get("seasonal:11").entries())
			.extracting(ComparableEntry::rank, ComparableEntry::handle)
			.containsExactly(tuple(1, "h2"), tuple(1, "h1"));
	}

	@Test
	void duplicatesAndOlderVersionsDeliveredLaterChangeNothing() {
		RowFixture rows = new RowFixture().students(1, 2).open(111, 11, 0).score(111, 1, 1000, 30);
		rows.score(111, 2, 3000, 60).score(111, 1, 4000, 90).close(111).open(112, 11, 1).score(112, 2, 1000, 30);
		List<RowChange> noisy = new ArrayList<>(rows.events());
		List<RowChange> again = new ArrayList<>(rows.events());
		Collections.reverse(again);
		noisy.addAll(again);
		Collections.swap(noisy, 3, 5);
		assertThat(ReferenceRanking.compute(noisy)).isEqualTo(rows.compute());
	}

	@Test
	void leavesOutParticipantsOfUnknownOrDeletedSessionsWithNegativePointsOrDeleted() {
		RowFixture rows = new RowFixture().students(1, 2, 3, 4).open(111, 11, 0).score(111, 1, 1000, 30);
		rows.score(111, 2, 2000, 30).score(111, 3, 2000, 30).score(111, 3, -5, 40);
		ParticipantChanged second = (ParticipantChanged) rows.events().get(6);
		rows.add(new ParticipantChanged(second.participantId(), 111, 1, 11, 1002, 2000, second.joinedAt(),
				second.pointsChangedAt(), 2, true));
		rows.add(new ParticipantChanged(99901, 999, 1, 11, 1004, 1000, RowFixture.BASE, RowFixture.BASE, 1, false));
		rows.open(121, 12, 0).score(121, 4, 1000, 30);
		rows.add(new LiveSessionChanged(121, 1, 12, 1021, "Quiz 121", RowFixture.BASE, null, 2, true));
		assertThat(rows.compute().boards()).containsOnlyKeys("live:11");
		assertThat(rows.compute().boards().get("live:11").entries()).extracting(ComparableEntry::handle)
			.containsExactly("h3", "h1");
	}

	@Test
	void aParticipantOfAnUndeliveredStudentIsAnError() {
		RowFixture rows = new RowFixture().open(111, 11, 0).score(111, 1, 1000, 30);
		assertThatIllegalStateException().isThrownBy(rows::compute).withMessageContaining("1001");
	}

	@Test
	void comparesBoardsWithoutPublicationDetails() {
		BoardEntry entry = new BoardEntry(1, "h1", "Student 1", 1000, 30_000, 2,
				List.of(new Badge(Achievement.GOLD, 1)), null);
		BoardSnapshot snapshot = new BoardSnapshot("live:11", BoardKind.LIVE, 1, 11L, 111L, "Quiz 111", true, 7,
				RowFixture.BASE, 1, List.of(entry));
		assertThat(ComparableBoard.of(snapshot)).isEqualTo(new ComparableBoard("live:11", BoardKind.LIVE, 1, 11L, 111L,
				"Quiz 111", true, List.of(new ComparableEntry(1, "h1", "Student 1", 1000, 30_000,
						List.of(new Badge(Achievement.GOLD, 1)), null))));
	}

}
