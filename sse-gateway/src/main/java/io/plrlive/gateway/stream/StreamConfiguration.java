package io.plrlive.gateway.stream;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import io.plrlive.contracts.Topics;
import io.plrlive.gateway.GatewayProperties;
import io.plrlive.gateway.access.StreamAccess;
import io.plrlive.gateway.cache.BoardCache;

/**
 * The hub of open streams, wired to the cache, with its meters, periodic work and viewer
 * count reports, and the stream's route on the web server, ahead of WebFlux.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	ViewerCountReports viewerCountReports(KafkaProperties kafka) {
		String replicaId = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
		LoggerFactory.getLogger(StreamConfiguration.class).info("This replica reports viewer counts as {}", replicaId);
		Map<String, Object> settings = kafka.buildProducerProperties();
		settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, replicaId);
		return new ViewerCountReports(replicaId, new KafkaProducer<>(settings,
				Topics.VIEWER_COUNTS.keySerde().serializer(), Topics.VIEWER_COUNTS.valueSerde().serializer()));
	}

	@Bean
	NewTopic viewerCountsTopic() {
		return TopicBuilder.name(Topics.VIEWER_COUNTS.name()).partitions(1).compact().build();
	}

	@Bean
	StreamHub streamHub(BoardCache cache, GatewayProperties properties, ViewerCountReports reports) {
		StreamHub hub = new StreamHub(cache, properties, reports.replicaId());
		cache.listen(hub);
		return hub;
	}

	@Bean
	StreamMetrics streamMetrics(MeterRegistry meters, StreamHub hub) {
		StreamMetrics metrics = new StreamMetrics(meters, hub::connections);
		hub.useMetrics(metrics);
		return metrics;
	}

	@Bean
	Subscriber.Context subscriberContext(BoardCache cache, StreamHub hub, StreamMetrics metrics,
			GatewayProperties properties) {
		return new Subscriber.Context(cache, hub, metrics, properties.retry(), Clock.systemUTC());
	}

	@Bean
	NettyRouteProvider streamRoute(StreamAccess access, StreamHub hub, BoardCache cache, Subscriber.Context context) {
		StreamEndpoint endpoint = new StreamEndpoint(access, hub, cache, context);
		return (routes) -> routes.get(StreamEndpoint.PATH, endpoint::serve);
	}

	@Bean
	StreamMaintenance streamMaintenance(StreamHub hub, StreamMetrics metrics, GatewayProperties properties,
			ViewerCountReports reports) {
		return new StreamMaintenance(hub, metrics, properties, reports);
	}

}
