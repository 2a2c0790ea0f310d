package io.plrlive.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SSE gateway service: every replica reads the whole compacted scores topic and streams
 * board snapshots to its own browsers as server-sent events, on WebFlux and Reactor
 * Netty.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SseGatewayApplication {

	/**
	 * Name of the configuration file ({@code sse-gateway.yml}), distinct from the other
	 * apps' so that all four can share one classpath in the launcher.
	 */
	public static final String CONFIG_NAME = "sse-gateway";

	/**
	 * Starts the service.
	 * @param args command-line arguments, e.g. {@code --server.port=9081}
	 */
	public static void main(String[] args) {
		new SpringApplicationBuilder(SseGatewayApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
