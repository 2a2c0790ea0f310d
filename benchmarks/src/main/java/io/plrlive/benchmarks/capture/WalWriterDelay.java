package io.plrlive.benchmarks.capture;

/**
 * The two server settings compared: PostgreSQL's default {@code wal_writer_delay} and the
 * lowered value that docs/operations.md recommends for logical replication.
 */
enum WalWriterDelay {

	/** PostgreSQL's default. */
	DEFAULT("200ms", "PostgreSQL default"),

	/** The recommended setting. */
	TUNED("10ms", "tuned");

	private final String setting;

	private final String description;

	WalWriterDelay(String setting, String description) {
		this.setting = setting;
		this.description = description;
	}

	/**
	 * The setting of a command-line value.
	 * @param setting {@code 200ms} or {@code 10ms}
	 * @return the setting
	 */
	static WalWriterDelay of(String setting) {
		for (WalWriterDelay delay : values()) {
			if (delay.setting.equalsIgnoreCase(setting.trim())) {
				return delay;
			}
		}
		throw new IllegalArgumentException("Unknown wal_writer_delay '" + setting + "'; expected 200ms or 10ms");
	}

	/**
	 * The value as postgresql.conf takes it.
	 * @return e.g. {@code 10ms}
	 */
	String setting() {
		return this.setting;
	}

	String label() {
		return "wal_writer_delay = " + this.setting + " (" + this.description + ")";
	}

}
