package io.plrlive.gateway.cache;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache, its reader and its health.
 */
@Configuration(proxyBeanMethods = false)
class BoardCacheConfiguration {

	@Bean
	BoardCache boardCache() {
		return new BoardCache();
	}

	@Bean
	TopicReader topicReader(KafkaProperties kafka, BoardCache cache, MeterRegistry meters) {
		Map<String, Object> settings = kafka.buildConsumerProperties();
		// Every replica reads every partition: no group, nothing committed.
		settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
		settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "plr-sse-gateway-cache");
		return new TopicReader(() -> new KafkaConsumer<>(settings), cache, meters);
	}

	@Bean
	// Reported as "boardCache" under /actuator/health.

	BoardCacheHealth boardCacheHealthIndicator(TopicReader reader, BoardCache cache) {
		return new BoardCacheHealth(reader, cache);
	}

}
