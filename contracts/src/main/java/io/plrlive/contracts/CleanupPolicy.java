package io.plrlive.contracts;

/**
 * Kafka cleanup policy of a topic, with the value of its {@code cleanup.policy} setting.
 */
public enum CleanupPolicy {

	/**
	 * Keep the latest record per key: the topic can be read from the beginning to rebuild
	 * current state.
	 */
	COMPACT("compact"),

	/** Keep records for the retention period: an event log. */
	DELETE("delete");

	private final String configValue;

	CleanupPolicy(String configValue) {
		this.configValue = configValue;
	}

	/**
	 * The value of the topic's {@code cleanup.policy} setting.
	 * @return {@code compact} or {@code delete}
	 */
	public String configValue() {
		return this.configValue;
	}

}
