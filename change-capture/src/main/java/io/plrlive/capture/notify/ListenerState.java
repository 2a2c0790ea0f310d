package io.plrlive.capture.notify;

import java.time.Instant;

/**
 * What the LISTEN connection is doing, for health.
 *
 * @param status the listener's status
 * @param since when it entered that status
 * @param lastError the last connection error, or {@code null}
 */
record ListenerState(Status status, Instant since, String lastError) {

	static ListenerState of(Status status, String lastError) {
		return new ListenerState(status, Instant.now(), lastError);
	}

	enum Status {

		STOPPED, CONNECTING, LISTENING, RECONNECTING

	}

}
