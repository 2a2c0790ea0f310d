package io.plrlive.capture.debezium;

import java.time.Instant;

/**
 * What the Debezium engine is doing, for health.
 *
 * @param status the engine's status
 * @param since when it entered that status
 * @param lastError the reason of the last failure, or {@code null}
 * @param restarts restarts after failures since the service started
 */
record EngineState(Status status, Instant since, String lastError, int restarts) {

	EngineState to(Status status, String lastError) {
		return new EngineState(status, Instant.now(), lastError,
				this.restarts + ((status == Status.RESTARTING) ? 1 : 0));
	}

	enum Status {

		STOPPED, STARTING, STREAMING, RESTARTING, POSITION_LOST

	}

}
