package io.plrlive.ranking.topology;

/**
 * What the topology counts, for the service's metrics. The topology itself stays free of
 * any metrics library.
 */
public interface RankingMetrics {

	/** Counts nothing. */
	RankingMetrics NONE = new RankingMetrics() {
	};

	/**
	 * A record was read from an input topic.
	 * @param topic the topic
	 */
	default void recordRead(String topic) {
	}

	/** A row was dropped because its version was already applied. */
	default void duplicateDropped() {
	}

	/**
	 * A record went to the dead-letter topic.
	 * @param source the topic it came from
	 */
	default void deadLettered(String source) {
	}

	/** A board snapshot was published. */
	default void snapshotPublished() {
	}

	/** A session was finalized. */
	default void sessionFinalized() {
	}

}
