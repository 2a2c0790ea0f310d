package io.plrlive.benchmarks.capture;

/**
 * The capture path a run measures: change-capture runs with this path alone, so every
 * change that reaches Kafka came through it.
 */
enum CapturePathUnderTest {

	/** LISTEN/NOTIFY: the row triggers' payloads, delivered at commit. */
	NOTIFY("NOTIFY", "--capture.cdc.enabled=false"),

	/** Logical replication read by the Debezium engine. */
	CDC("CDC", "--capture.listen.enabled=false");

	private final String label;

	private final String disableOtherPath;

	CapturePathUnderTest(String label, String disableOtherPath) {
		this.label = label;
		this.disableOtherPath = disableOtherPath;
	}

	/**
	 * The path of a command-line value.
	 * @param name {@code notify} or {@code cdc}, in any case
	 * @return the path
	 */
	static CapturePathUnderTest named(String name) {
		for (CapturePathUnderTest path : values()) {
			if (path.label.equalsIgnoreCase(name.trim())) {
				return path;
			}
		}
		throw new IllegalArgumentException("Unknown capture path '" + name + "'; expected notify or cdc");
	}

	String label() {
		return this.label;
	}

	/**
	 * The change-capture argument that switches the other path off.
	 * @return a command-line argument
	 */
	String disableOtherPath() {
		return this.disableOtherPath;
	}

}
