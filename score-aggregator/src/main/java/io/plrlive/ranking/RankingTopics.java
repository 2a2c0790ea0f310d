package io.plrlive.ranking;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;

/**
 * Declares the topics the score aggregator produces, so that they exist with their
 * cleanup policy before the first record is sent: brokers refuse undeclared topics. The
 * change topics it reads are declared too (change-capture declares them the same way), so
 * that the aggregator may start first.
 */
@Configuration(proxyBeanMethods = false)
class RankingTopics {

	static final List<TopicSpec<?, ?>> PRODUCED = List.of(Topics.SCORES, Topics.SESSION_RESULTS, Topics.ACHIEVEMENTS,
			Topics.AGGREGATOR_DEAD_LETTERS);

	static final List<TopicSpec<?, ?>> CONSUMED = List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES,
			Topics.STUDENT_CHANGES);

	@Bean
	KafkaAdmin.NewTopics declaredTopics() {
		return new KafkaAdmin.NewTopics(Stream.concat(CONSUMED.stream(), PRODUCED.stream())
			.map(RankingTopics::declare)
			.toArray(NewTopic[]::new));
	}

	// Partitions and replication factor are the broker's defaults: they belong to whoever
	// runs the cluster, not to the application.
	private static NewTopic declare(TopicSpec<?, ?> topic) {
		return TopicBuilder.name(topic.name())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().configValue())
			.build();
	}

}
