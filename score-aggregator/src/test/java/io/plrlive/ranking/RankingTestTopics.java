package io.plrlive.ranking;

import java.util.List;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.testing.TestInfrastructure;

/**
 * The change topics and the topics the aggregator publishes with several partitions,
 * created before any aggregator declares them with the broker's default of one: instances
 * share the work by partition, and each course's records go to its partition number.
 */
public final class RankingTestTopics {

	/** Partitions of each change topic and published topic in the tests. */
	public static final int PARTITIONS = 4;

	private static final List<TopicSpec<?, ?>> TOPICS = List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES,
			Topics.STUDENT_CHANGES, Topics.SCORES, Topics.SESSION_RESULTS, Topics.ACHIEVEMENTS);

	private RankingTestTopics() {
	}

	/** Creates the change and published topics on the tests' broker unless they exist. */
	public static void createTopics() {
		TestInfrastructure.kafka().createTopics(TOPICS, PARTITIONS);
	}

}
