package io.plrlive.ranking.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * What the topology needs to know: how often a board may publish, how long a closed
 * session waits for late score changes, and how many entries a snapshot lists.
 *
 * @param snapshotInterval the shortest time between two snapshots of one board
 * @param closeGrace how long after its close a session is finalized
 * @param maxBoardEntries the most entries one snapshot lists
 * @param unknownSessionWait how long participant rows of a session not seen yet wait for
 * it (its row may come through another partition) before they are dead-lettered
 */
public record RankingSettings(Duration snapshotInterval, Duration closeGrace, int maxBoardEntries,
		Duration unknownSessionWait) {

	/** How long participants wait for their session unless configured otherwise. */
	public static final Duration DEFAULT_UNKNOWN_SESSION_WAIT = Duration.ofSeconds(30);

	/** The defaults of the service's configuration. */
	public static final RankingSettings DEFAULTS = new RankingSettings(Duration.ofMillis(50), Duration.ofSeconds(1),
			2000);

	public RankingSettings {
		Objects.requireNonNull(snapshotInterval, "snapshotInterval");
		Objects.requireNonNull(closeGrace, "closeGrace");
		Objects.requireNonNull(unknownSessionWait, "unknownSessionWait");
		if (snapshotInterval.isNegative() || closeGrace.isNegative() || unknownSessionWait.isNegative()
				|| maxBoardEntries < 1) {
			throw new IllegalArgumentException("Intervals must not be negative and maxBoardEntries must be positive");
		}
	}

	/**
	 * Settings with the default wait for unknown sessions.
	 * @param snapshotInterval the shortest time between two snapshots of one board
	 * @param closeGrace how long after its close a session is finalized
	 * @param maxBoardEntries the most entries one snapshot lists
	 */
	public RankingSettings(Duration snapshotInterval, Duration closeGrace, int maxBoardEntries) {
		this(snapshotInterval, closeGrace, maxBoardEntries, DEFAULT_UNKNOWN_SESSION_WAIT);
	}

}
