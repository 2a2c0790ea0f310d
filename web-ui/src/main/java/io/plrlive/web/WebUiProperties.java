package io.plrlive.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web UI, under {@code web.*}. The database is configured by Spring
 * Boot's {@code spring.datasource.*}.
 *
 * @param gatewayUrl where browsers reach the SSE gateway, for the boards' event streams;
 * an absolute http or https URL
 */
@Validated
@ConfigurationProperties("web")
record WebUiProperties(@NotBlank @Pattern(
		regexp = "https?://[^\\s/?#]+(/\\S*)?") @DefaultValue("http://localhost:8081") String gatewayUrl) {
}
