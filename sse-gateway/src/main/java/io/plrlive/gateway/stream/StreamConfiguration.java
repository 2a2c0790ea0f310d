package io.plrlive.gateway.stream;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.plrlive.gateway.GatewayProperties;
import io.plrlive.gateway.cache.BoardCache;

/**
 * The hub of open streams, wired to the cache, with its meters and periodic work.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	StreamHub streamHub(BoardCache cache, GatewayProperties properties) {
		StreamHub hub = new StreamHub(cache.directory(), properties);
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
	StreamMaintenance streamMaintenance(StreamHub hub, StreamMetrics metrics, GatewayProperties properties) {
		return new StreamMaintenance(hub, metrics, properties);
	}

}
