package io.plrlive.ranking.topology;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.capture.LiveSessionChanged;

import static io.plrlive.ranking.topology.SessionRows.handle;
import static io.plrlive.ranking.topology.SessionRows.session;
import static io.plrlive.ranking.topology.SessionRows.student;
import static org.assertj.core.api.Assertions.assertThat;

class BadInputTopologyTests {

	static final Duration GRACE = Duration.ofSeconds(1);

	@TempDir
	Path stateDir;

	RankingHarness harness;

	SessionRows quiz = session(1, 10);

	@BeforeEach
	void start() {
		this.harness = new RankingHarness(new RankingSettings(Duration.ofMillis(50), GRACE, 2000), this.stateDir);
		this.harness.pipe(student(1), student(2), this.quiz.open());
	}

	@AfterEach
	void stop() {
		this.harness.close();
	}

	@Test
	void sendsAnUnreadableRecordToTheDeadLetterTopicAndGoesOn() {
		this.harness.pipeText(Topics.PARTICIPANT_CHANGES.name(), "7", "{\"participantId\": \"seven\"");
		this.harness.pipe(this.quiz.score(1, 1000, 10));
		assertThat(this.harness.rejected).singleElement().satisfies((deadLetter) -> {
			assertThat(deadLetter.source()).isEqualTo(Topics.PARTICIPANT_CHANGES.name());
			assertThat(deadLetter.position()).isEqualTo(Topics.PARTICIPANT_CHANGES.name() + "-0@0");
			assertThat(deadLetter.reason()).contains("ParticipantChanged");
			assertThat(deadLetter.payload()).isEqualTo("{\"participantId\": \"seven\"");
		});
		this.harness.advance(Duration.ofMillis(50));
		assertThat(this.harness.board("live:10").entries()).extracting(BoardEntry::handle).containsExactly(handle(1));
	}

	@Test
	void rejectsNegativePoints() {
		this.harness.pipe(this.quiz.score(1, -5, 10));
		assertThat(this.harness.rejected).singleElement()
			.satisfies((deadLetter) -> assertThat(deadLetter.reason()).contains("negative points -5"));
	}

	@Test
	void rejectsTheParticipantsOfASessionThatNeverArrives() {
		SessionRows unknown = session(99, 10);
		this.harness.pipe(unknown.score(1, 1000, 10), unknown.score(2, 2000, 20));
		this.harness.advance(RankingSettings.DEFAULT_UNKNOWN_SESSION_WAIT.minusSeconds(1));
		assertThat(this.harness.rejected).isEmpty();
		this.harness.advance(Duration.ofSeconds(2));
		assertThat(this.harness.rejected).hasSize(2).allSatisfy((deadLetter) -> {
			assertThat(deadLetter.reason()).contains("session 99, which is not known (waited 30 s for it)");
			assertThat(deadLetter.payload()).contains("\"sessionId\":99");
		});
		this.harness.pipe(unknown.open());
		this.harness.advance(Duration.ofMillis(50));
		assertThat(this.harness.board("live:10").entries()).isEmpty();
	}

	@Test
	void keepsParticipantsThatArriveBeforeTheirSession() {
		SessionRows early = session(2, 11);
		this.harness.pipe(early.score(1, 1000, 10), early.score(2, 3000, 20));
		this.harness.pipe(early.open());
		this.harness.advance(RankingSettings.DEFAULT_UNKNOWN_SESSION_WAIT.plusSeconds(1));
		assertThat(this.harness.rejected).isEmpty();
		assertThat(this.harness.board("live:11").entries()).extracting(BoardEntry::handle)
			.containsExactly(handle(2), handle(1));
	}

	@Test
	void rejectsAParticipantChangeAfterTheFinalStandings() {
		this.harness.pipe(this.quiz.score(1, 1000, 10), this.quiz.close());
		this.harness.advance(GRACE);
		this.harness.pipe(this.quiz.score(1, 9000, 20));
		assertThat(this.harness.rejected).singleElement()
			.satisfies((deadLetter) -> assertThat(deadLetter.reason()).contains("after session 1 was closed"));
		assertThat(this.harness.sessionResults).singleElement()
			.satisfies((results) -> assertThat(results.standings().get(0).points()).isEqualTo(1000));
	}

	@Test
	void rejectsADeletedSession() {
		var deleted = new LiveSessionChanged(1, 1, 10, 501, "Quiz 1", this.quiz.open().openedAt(), null, 5, true);
		this.harness.pipe(deleted);
		assertThat(this.harness.rejected).singleElement()
			.satisfies((deadLetter) -> assertThat(deadLetter.reason()).contains("session 1 was deleted"));
	}

	@Test
	void dropsAnExactDuplicateOfAFinalizedParticipantSilently() {
		var score = this.quiz.score(1, 1000, 10);
		this.harness.pipe(score, this.quiz.close());
		this.harness.advance(GRACE);
		this.harness.pipe(score);
		assertThat(this.harness.rejected).isEmpty();
	}

}
