package io.plrlive.ranking.topology;

import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.session.SessionResults;

/**
 * Something the course task publishes, one type per output topic; the topology routes
 * each to its topic.
 */
public sealed interface Publication {

	/**
	 * A board snapshot for {@code plr.scores}.
	 *
	 * @param snapshot the snapshot
	 */
	record Scores(BoardSnapshot snapshot) implements Publication {
	}

	/**
	 * Final standings for {@code plr.session-results}.
	 *
	 * @param results the results
	 */
	record Results(SessionResults results) implements Publication {
	}

	/**
	 * An award or withdrawal for {@code plr.achievements}.
	 *
	 * @param change the change
	 */
	record Achievement(AchievementChange change) implements Publication {
	}

	/**
	 * A record that broke the rules, for {@code plr.aggregator-dlt}.
	 *
	 * @param deadLetter the record and the reason
	 */
	record Rejected(DeadLetter deadLetter) implements Publication {
	}

}
