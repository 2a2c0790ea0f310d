package io.plrlive.gateway;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
 * tabs and devices; more are refused with 429
 * @param maxConnections the most streams this replica holds; more are refused with 503 so
 * that the load balancer tries another replica
 * @param retry the reconnection delay the stream tells browsers ({@code retry:})
 * @param slowSubscriber when a browser that does not read counts as gone
 * @param viewerCountInterval how often changed viewer counts are sent
 * @param streamToken how stream tokens are checked
 * @param allowedOrigins origins whose pages may open streams (CORS), e.g. web-ui's
 */
@Validated
@ConfigurationProperties("gateway")
public record GatewayProperties(@Valid @DefaultValue Heartbeat heartbeat,
		@Positive @DefaultValue("8") int maxConnectionsPerUser, @Positive @DefaultValue("50000") int maxConnections,
		@NotNull @DurationMin(millis = 100) @DurationMax(minutes = 1) @DefaultValue("2s") Duration retry,
		@Valid @DefaultValue SlowSubscriber slowSubscriber,
		@NotNull @DurationMin(millis = 100) @DurationMax(minutes = 1) @DefaultValue("1s") Duration viewerCountInterval,
		@Valid @NotNull StreamTokenCheck streamToken,
		@NotEmpty @DefaultValue("http://localhost:8080") List<@Pattern(regexp = "https?://[^/\\s]+",
				message = "must be an origin such as https://plr.example.edu, without a path") String> allowedOrigins) {

	/**
	 * The {@code :} comment sent on a stream that has had no event for a while.
	 *
	 * @param interval time without an event before a heartbeat; below 60 s, the idle
	 * timeout of common reverse proxies (nginx's {@code proxy_read_timeout}), which would
	 * otherwise cut quiet streams
	 */
	public record Heartbeat(@NotNull @DurationMin(seconds = 1) @DurationMax(seconds = 59,
			inclusive = false) @DefaultValue("15s") Duration interval) {
	}

	/**
	 * A subscriber whose oldest unsent change is older than {@code maxLag} is
	 * disconnected; until then, newer snapshots of a board replace unsent older ones.
	 *
	 * @param maxLag how long a change may wait for a browser that does not read
	 */
	public record SlowSubscriber(
			@NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) @DefaultValue("10s") Duration maxLag) {
	}

	/**
	 * The key shared with web-ui, which signs stream tokens (HS256).
	 *
	 * @param secret the shared key, at least 32 characters (256 bits)
	 */
	public record StreamTokenCheck(@NotNull @Size(min = 32,
			message = "must be at least 32 characters (an HS256 key of 256 bits)") String secret) {

		@Override
		public String toString() {
			return "StreamTokenCheck[secret=(hidden)]";
		}

	}

}
