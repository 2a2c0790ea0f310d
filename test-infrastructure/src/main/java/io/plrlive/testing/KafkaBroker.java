package io.plrlive.testing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import io.plrlive.contracts.TopicSpec;

/**
 * A running Kafka broker in KRaft mode with {@code auto.create.topics.enable=false}, so
 * that a client using a topic nobody declared fails instead of silently creating it.
 */
public interface KafkaBroker extends AutoCloseable {

	/**
	 * Where clients connect.
	 * @return the bootstrap servers, e.g. {@code 127.0.0.1:39123}
	 */
	String bootstrapServers();

	/**
	 * Creates the topics that do not exist yet, with their cleanup policy, for tests that
	 * run no application that declares them.
	 * @param topics the topics
	 * @param partitions partitions per topic
	 */
	default void createTopics(Collection<TopicSpec<?, ?>> topics, int partitions) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			for (TopicSpec<?, ?> topic : topics) {
				NewTopic newTopic = new NewTopic(topic.name(), partitions, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().configValue()));
				try {
					admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create topic " + topic.name(), ex.getCause());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Broker " + bootstrapServers() + " did not create topics within 30 s", ex);
		}
	}

	/**
	 * The {@code cleanup.policy} of each topic, as the broker reports it.
	 * @param topics topic names
	 * @return cleanup policy by topic name
	 */
	default Map<String, String> cleanupPolicies(Collection<String> topics) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			List<ConfigResource> resources = topics.stream()
				.map((topic) -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
				.toList();
			Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
			return configs.entrySet()
				.stream()
				.collect(Collectors.toMap((entry) -> entry.getKey().name(),
						(entry) -> entry.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while describing topics", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not describe topics " + topics, ex);
		}
	}

	/**
	 * Stops the broker.
	 */
	@Override
	void close();

}
