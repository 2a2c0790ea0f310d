package io.plrlive.ranking;

import org.apache.kafka.streams.KafkaStreams;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Health of the Kafka Streams client: UP while it runs or rebalances, DOWN once it is in
 * error or shutting down, with the state as detail.
 */
@Component("kafkaStreams")
class KafkaStreamsHealth implements HealthIndicator {

	private final StreamsBuilderFactoryBean factory;

	KafkaStreamsHealth(StreamsBuilderFactoryBean factory) {
		this.factory = factory;
	}

	@Override
	public Health health() {
		KafkaStreams streams = this.factory.getKafkaStreams();
		if (streams == null) {
			return Health.down().withDetail("state", "NOT_STARTED").build();
		}
		KafkaStreams.State state = streams.state();
		Health.Builder health = (state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED) ? Health.up()
				: Health.down();
		return health.withDetail("state", state.name())
			.withDetail("threads", streams.metadataForLocalThreads().size())
			.build();
	}

}
