package io.plrlive.capture.mapping;

import java.util.Locale;

/**
 * The two ways a change reaches change-capture. NOTIFY gives latency, logical replication
 * gives completeness.
 */
public enum CapturePath {

	/** The trigger's {@code pg_notify} with the row as JSON, about 2 ms after commit. */
	NOTIFY,

	/**
	 * Debezium reading the publication by logical replication: durable, ordered,
	 * resumable.
	 */
	CDC;

	/**
	 * The path's name in metrics and dead letters.
	 * @return {@code notify} or {@code cdc}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
