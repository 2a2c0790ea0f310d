package io.plrlive.ranking.course;

import java.util.Objects;

import io.plrlive.contracts.capture.LiveSessionChanged;

/**
 * The latest row of a session and whether it is finalized, which makes finalizing happen
 * exactly once.
 *
 * @param row the latest row
 * @param finalized whether its final standings, season roll-up and achievements are
 * published
 */
record SessionState(LiveSessionChanged row, boolean finalized) {

	SessionState {
		Objects.requireNonNull(row, "row");
	}

	SessionState asFinalized() {
		return new SessionState(this.row, true);
	}

	boolean awaitsFinalizing() {
		return this.row.closedAt() != null && !this.finalized;
	}

}
