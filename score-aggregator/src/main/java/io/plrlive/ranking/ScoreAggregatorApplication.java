package io.plrlive.ranking;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Score aggregator service: a Kafka Streams application, the single writer of each
 * course's boards, that publishes board snapshots, session results and achievements.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScoreAggregatorApplication {

	/**
	 * Name of the configuration file ({@code score-aggregator.yml}), distinct from the
	 * other apps' so that all four can share one classpath in the launcher.
	 */
	public static final String CONFIG_NAME = "score-aggregator";

	/**
	 * Starts the service.
	 * @param args command-line arguments, e.g. {@code --server.port=9083}
	 */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ScoreAggregatorApplication.class).properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

}
