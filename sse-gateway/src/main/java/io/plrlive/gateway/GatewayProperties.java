package io.plrlive.gateway;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the SSE gateway, under {@code gateway.*}. The Kafka consumer is configured
 * by Spring Boot's {@code spring.kafka.*}.
 *
 * @param heartbeat comments sent on idle streams
 * @param maxConnectionsPerUser the most streams one user may hold open at once, across
 * tabs and devices
 */
@Validated
@ConfigurationProperties("gateway")
record GatewayProperties(@Valid @DefaultValue Heartbeat heartbeat,
		@Positive @DefaultValue("8") int maxConnectionsPerUser) {

	/**
	 * The {@code :} comment sent on a stream that has had no event for a while.
	 *
	 * @param interval time without an event before a heartbeat; below 60 s, the idle
	 * timeout of common reverse proxies (nginx's {@code proxy_read_timeout}), which would
	 * otherwise cut quiet streams
	 */
	record Heartbeat(@NotNull @DurationMin(seconds = 1) @DurationMax(seconds = 59,
			inclusive = false) @DefaultValue("15s") Duration interval) {
	}

}
