package io.plrlive.ranking.course;

import java.util.Collection;

import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.ranking.board.BoardHeader;
import io.plrlive.ranking.board.Leaderboard;
import io.plrlive.ranking.board.Standing;

/**
 * The live board of a course instance: the participants of the session it shows, which is
 * the open session or, once finalized, the last one's final standings.
 */
final class LiveBoard {

	private final LiveSessionChanged session;

	private final Leaderboard leaderboard = new Leaderboard();

	private boolean finalStandings;

	LiveBoard(SessionState session, Collection<ParticipantChanged> participants) {
		this.session = session.row();
		this.finalStandings = session.finalized();
		participants.forEach(this::apply);
	}

	long sessionId() {
		return this.session.sessionId();
	}

	boolean showsLaterThan(LiveSessionChanged other) {
		int byOpening = this.session.openedAt().compareTo(other.openedAt());
		return byOpening > 0 || (byOpening == 0 && this.session.sessionId() > other.sessionId());
	}

	/**
	 * Applies a participant's latest row.
	 * @return whether the board changed
	 */
	boolean apply(ParticipantChanged participant) {
		if (participant.deleted()) {
			return this.leaderboard.remove(participant.userId());
		}
		return this.leaderboard.put(standing(participant));
	}

	void markFinal() {
		this.finalStandings = true;
	}

	boolean contains(long userId) {
		return this.leaderboard.contains(userId);
	}

	Collection<Standing> standings() {
		return this.leaderboard.standings();
	}

	BoardHeader header() {
		return new BoardHeader(BoardId.live(this.session.courseInstanceId()), this.session.courseId(),
				this.session.courseInstanceId(), this.session.sessionId(), this.session.assessmentTitle(),
				this.finalStandings);
	}

	static Standing standing(ParticipantChanged participant) {
		return Standing.of(participant.userId(), participant.points(), participant.duration().toMillis(),
				participant.pointsChangedAt());
	}

}
