package io.plrlive.capture.notify;

import java.time.Instant;

/**
 * What the LISTEN connection is doing, for health.
 *
 * @param status the listener's status
 * @param since when it entered that status
 * @param lastError the last connection error, or {@code null}
 * @param reconnections connections lost and made again since the service started
 */
record ListenerState(Status status, Instant since, String lastError, int reconnections) {

	static ListenerState stopped() {
		return new ListenerState(Status.STOPPED, Instant.now(), null, 0);
	}

	ListenerState to(Status status, String lastError) {
		boolean reconnected = status == Status.LISTENING && this.status == Status.RECONNECTING;
		return new ListenerState(status, Instant.now(), lastError, this.reconnections + (reconnected ? 1 : 0));
	}

	enum Status {

		STOPPED, CONNECTING, LISTENING, RECONNECTING

	}

}
