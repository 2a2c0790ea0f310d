package io.plrlive.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Web UI service: the pages students and staff open, rendered on the server from the
 * PrairieLearn database; live boards stream from the SSE gateway.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebUiApplication {

	/**
	 * Name of the configuration file ({@code web-ui.yml}), distinct from the other apps'
	 * so that all four can share one classpath in the launcher.
	 */
	public static final String CONFIG_NAME = "web-ui";

	/**
	 * Starts the service.
	 * @param args command-line arguments, e.g. {@code --server.port=9080}
	 */
	public static void main(String[] args) {
		new SpringApplicationBuilder(WebUiApplication.class).properties("spring.config.name=" + CONFIG_NAME).run(args);
	}

}
