package io.plrlive.capture;

import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.plrlive.capture.debezium.DebeziumEngineHealth;
import io.plrlive.capture.debezium.DebeziumEngineLifecycle;
import io.plrlive.capture.debezium.LostPositionCheck;
import io.plrlive.capture.notify.NotificationListener;
import io.plrlive.capture.notify.NotificationListenerHealth;
import io.plrlive.capture.publish.ChangePublisher;
import io.plrlive.capture.publish.KafkaClusterHealth;

/**
 * Wires the two capture paths to one idempotent producer, each path with its health
 * indicator.
 */
@Configuration(proxyBeanMethods = false)
class CaptureConfiguration {

	// A bean of its own so that the context closes the producer, flushing what is still
	// in flight.
	@Bean
	DefaultKafkaProducerFactory<String, byte[]> changeProducerFactory(KafkaProperties kafka) {
		Map<String, Object> producer = kafka.buildProducerProperties();
		producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		// Retries never duplicate or reorder a key's changes; acks=all so an acknowledged
		// change survives a broker.
		producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		producer.put(ProducerConfig.ACKS_CONFIG, "all");
		producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
		return new DefaultKafkaProducerFactory<>(producer);
	}

	@Bean
	KafkaTemplate<String, byte[]> changeKafkaTemplate(
			DefaultKafkaProducerFactory<String, byte[]> changeProducerFactory) {
		return new KafkaTemplate<>(changeProducerFactory);
	}

	@Bean
	ChangePublisher changePublisher(KafkaTemplate<String, byte[]> changeKafkaTemplate, MeterRegistry meterRegistry,
			CaptureProperties properties) {
		return new ChangePublisher(changeKafkaTemplate, meterRegistry, properties.publish().rememberedKeys());
	}

	@Bean
	KafkaClusterHealth kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaClusterHealth(kafkaAdmin.getConfigurationProperties());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "capture.listen.enabled", matchIfMissing = true)
	NotificationListener notificationListener(CaptureProperties properties, ChangePublisher changePublisher) {
		CaptureProperties.Database database = properties.database();
		return new NotificationListener(database.url(), credentials(database.username(), database.password()),
				changePublisher, properties.listen().pollInterval(), properties.listen().reconnect());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "capture.listen.enabled", matchIfMissing = true)
	NotificationListenerHealth listenerHealthIndicator(NotificationListener notificationListener) {
		return new NotificationListenerHealth(notificationListener);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "capture.cdc.enabled", matchIfMissing = true)
	DebeziumEngineLifecycle debeziumEngine(CaptureProperties properties, KafkaProperties kafka,
			ChangePublisher changePublisher) {
		Properties engine = DebeziumEngineSettings.of(properties, kafka.getBootstrapServers());
		CaptureProperties.Database database = properties.database();
		LostPositionCheck lostPositionCheck = new LostPositionCheck(database.url(),
				credentials(database.username(), database.password()), engine);
		return new DebeziumEngineLifecycle(engine, lostPositionCheck, changePublisher, properties.cdc().restart(),
				properties.publish().acknowledgementTimeout());
	}

	private static Properties credentials(String username, String password) {
		Properties credentials = new Properties();
		credentials.setProperty("user", username);
		if (password != null) {
			credentials.setProperty("password", password);
		}
		return credentials;
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "capture.cdc.enabled", matchIfMissing = true)
	DebeziumEngineHealth engineHealthIndicator(DebeziumEngineLifecycle debeziumEngine) {
		return new DebeziumEngineHealth(debeziumEngine);
	}

}
