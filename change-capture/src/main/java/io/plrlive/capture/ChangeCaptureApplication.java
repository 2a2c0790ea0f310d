package io.plrlive.capture;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Change capture service: reads changes of PLR's tables from PostgreSQL, by LISTEN/NOTIFY
 * for latency and by logical replication for completeness, and publishes them to the
 * change topics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChangeCaptureApplication {

	/**
	 * Name of the configuration file ({@code change-capture.yml}), distinct from the
	 * other apps' so that all four can share one classpath in the launcher.
	 */
	public static final String CONFIG_NAME = "change-capture";

	/**
	 * Starts the service.
	 * @param args command-line arguments, e.g. {@code --server.port=9082}
	 */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ChangeCaptureApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
