package io.plrlive.ranking;

import java.util.List;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.testing.TestInfrastructure;

/**
 * The change topics with several partitions, created before any aggregator declares them
 * with the broker's default of one: instances share the work by partition.
 */
public final class RankingTestTopics {

	/** Partitions of each change topic in the tests. */
	public static final int PARTITIONS = 4;

	private static final List<TopicSpec<?, ?>> INPUTS = List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES,
			Topics.STUDENT_CHANGES);

	private RankingTestTopics() {
	}

	/** Creates the change topics on the tests' broker unless they exist. */
	public static void createInputTopics() {
		TestInfrastructure.kafka().createTopics(INPUTS, PARTITIONS);
	}

}
