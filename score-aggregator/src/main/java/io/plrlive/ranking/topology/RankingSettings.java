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
 */
public record RankingSettings(Duration snapshotInterval, Duration closeGrace, int maxBoardEntries) {

	/** The defaults of the service's configuration. */
	public static final RankingSettings DEFAULTS = new RankingSettings(Duration.ofMillis(50), Duration.ofSeconds(1),
			2000);

	public RankingSettings {
		Objects.requireNonNull(snapshotInterval, "snapshotInterval");
		Objects.requireNonNull(closeGrace, "closeGrace");
		if (snapshotInterval.isNegative() || closeGrace.isNegative() || maxBoardEntries < 1) {
			throw new IllegalArgumentException("Intervals must not be negative and maxBoardEntries must be positive");
		}
	}

}
