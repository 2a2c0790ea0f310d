package io.plrlive.testing;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka (KRaft) in a Docker container, configured like the in-process broker.
 */
final class ContainerKafkaBroker implements KafkaBroker {

	private final KafkaContainer container;

	ContainerKafkaBroker() {
		this.container = new KafkaContainer("apache/kafka:4.1.2");
		InProcessKafkaBroker.brokerProperties()
			.forEach((key, value) -> this.container.withEnv("KAFKA_" + key.toUpperCase().replace('.', '_'), value));
		this.container.start();
	}

	@Override
	public String bootstrapServers() {
		return this.container.getBootstrapServers();
	}

	@Override
	public void close() {
		this.container.stop();
	}

}
