package io.plrlive.ranking.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * What the topology needs to know: how often a board may publish (more rarely while the
 * aggregator catches up), how long a closed session waits for late score changes, and how
 * many entries a snapshot lists.
 *
 * @param snapshotInterval the shortest time between two snapshots of one board
 * @param closeGrace how long after its close a session is finalized
 * @param maxBoardEntries the most entries one snapshot lists
 * @param unknownSessionWait how long participant rows of a session not seen yet wait for
 * it (its row may come through another partition) before they are dead-lettered
 * @param catchUpLag how late (after change-capture published them) rows must reach the
 * aggregator for it to be catching up
 * @param catchUpSnapshotInterval the shortest time between two snapshots of one board
 * while catching up; the longer of this and {@code snapshotInterval} applies
 */
public record RankingSettings(Duration snapshotInterval, Duration closeGrace, int maxBoardEntries,
		Duration unknownSessionWait, Duration catchUpLag, Duration catchUpSnapshotInterval) {

	/** How long participants wait for their session unless configured otherwise. */
	public static final Duration DEFAULT_UNKNOWN_SESSION_WAIT = Duration.ofSeconds(30);

	/** How late rows make the aggregator catch up unless configured otherwise. */
	public static final Duration DEFAULT_CATCH_UP_LAG = Duration.ofMillis(500);

	/** The snapshot interval while catching up unless configured otherwise. */
	public static final Duration DEFAULT_CATCH_UP_SNAPSHOT_INTERVAL = Duration.ofMillis(500);

	/** The defaults of the service's configuration. */
	public static final RankingSettings DEFAULTS = new RankingSettings(Duration.ofMillis(25), Duration.ofSeconds(1),
			2000);

	public RankingSettings {
		Objects.requireNonNull(snapshotInterval, "snapshotInterval");
		Objects.requireNonNull(closeGrace, "closeGrace");
		Objects.requireNonNull(unknownSessionWait, "unknownSessionWait");
		Objects.requireNonNull(catchUpLag, "catchUpLag");
		Objects.requireNonNull(catchUpSnapshotInterval, "catchUpSnapshotInterval");
		if (snapshotInterval.isNegative() || closeGrace.isNegative() || unknownSessionWait.isNegative()
				|| catchUpLag.isNegative() || catchUpSnapshotInterval.isNegative() || maxBoardEntries < 1) {
			throw new IllegalArgumentException("Intervals must not be negative and maxBoardEntries must be positive");
		}
	}

	/**
	 * Settings with the default wait for unknown sessions and the default catching up.
	 * @param snapshotInterval the shortest time between two snapshots of one board
	 * @param closeGrace how long after its close a session is finalized
	 * @param maxBoardEntries the most entries one snapshot lists
	 */
	public RankingSettings(Duration snapshotInterval, Duration closeGrace, int maxBoardEntries) {
		this(snapshotInterval, closeGrace, maxBoardEntries, DEFAULT_UNKNOWN_SESSION_WAIT, DEFAULT_CATCH_UP_LAG,
				DEFAULT_CATCH_UP_SNAPSHOT_INTERVAL);
	}

	/**
	 * These settings with other catching up.
	 * @param lag how late rows must be for the aggregator to be catching up
	 * @param interval the shortest time between two snapshots of one board while catching
	 * up
	 * @return the settings
	 */
	public RankingSettings withCatchUp(Duration lag, Duration interval) {
		return new RankingSettings(this.snapshotInterval, this.closeGrace, this.maxBoardEntries,
				this.unknownSessionWait, lag, interval);
	}

}
