package io.plrlive.capture;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;

/**
 * Declares the topics change capture produces, so that they exist with their cleanup
 * policy before the first record is sent: brokers refuse undeclared topics.
 */
@Configuration(proxyBeanMethods = false)
class CaptureTopics {

	static final List<TopicSpec<?, ?>> PRODUCED = List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES,
			Topics.STUDENT_CHANGES, Topics.ENROLLMENT_CHANGES, Topics.CAPTURE_DEAD_LETTERS);

	@Bean
	KafkaAdmin.NewTopics producedTopics() {
		return new KafkaAdmin.NewTopics(PRODUCED.stream().map(CaptureTopics::declare).toArray(NewTopic[]::new));
	}

	// Partitions and replication factor are the broker's defaults: they belong to whoever
	// runs the cluster, not to the application.
	private static NewTopic declare(TopicSpec<?, ?> topic) {
		return TopicBuilder.name(topic.name())
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().configValue())
			.build();
	}

}
