package io.plrlive.ranking;

import org.apache.kafka.streams.StreamsBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

import io.plrlive.ranking.topology.RankingTopology;

/**
 * Runs the ranking topology in the Kafka Streams client that Spring Boot configures from
 * {@code spring.kafka.streams.*}, with a deliberate answer to uncaught exceptions.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StreamsConfiguration {

	@Bean
	RankingTopology rankingTopology(StreamsBuilder builder, RankingProperties properties,
			MicrometerRankingMetrics metrics) {
		RankingTopology topology = new RankingTopology(properties.toSettings(), metrics);
		// The builder's topology is built when the streams client starts, after this.
		topology.addTo(builder);
		return topology;
	}

	@Bean
	StreamsBuilderFactoryBeanConfigurer uncaughtExceptionPolicy() {
		return (factory) -> factory.setStreamsUncaughtExceptionHandler(new UncaughtExceptionPolicy());
	}

}
