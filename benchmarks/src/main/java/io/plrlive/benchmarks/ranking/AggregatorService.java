package io.plrlive.benchmarks.ranking;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.plrlive.benchmarks.service.HealthCheck;
import io.plrlive.benchmarks.service.ServletSecurity;
import io.plrlive.ranking.ScoreAggregatorApplication;

/**
 * The score aggregator in this JVM, configured from its own file as in production plus
 * the broker's address, a fresh application id and a fresh state directory.
 */
final class AggregatorService implements AutoCloseable {

	/** The Kafka Streams application id, which is also its consumer group. */
	static final String APPLICATION_ID = "plr-ranking-benchmark";

	private final ConfigurableApplicationContext context;

	private AggregatorService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static AggregatorService start(String bootstrapServers, Path stateDir) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ScoreAggregatorApplication.class)
			.properties("spring.config.name=" + ScoreAggregatorApplication.CONFIG_NAME)
			.bannerMode(Banner.Mode.OFF)
			.registerShutdownHook(false)
			.run("--server.port=0", "--spring.kafka.bootstrap-servers=" + bootstrapServers,
					"--spring.kafka.streams.application-id=" + APPLICATION_ID,
					"--spring.kafka.streams.state-dir=" + stateDir, "--logging.include-application-name=false",
					"--logging.level.root=WARN", "--logging.level.io.plrlive.benchmarks=INFO",
					ServletSecurity.excluded());
		AggregatorService service = new AggregatorService(context);
		try {
			HealthCheck.awaitUp(context, "score-aggregator", Duration.ofSeconds(120));
		}
		catch (RuntimeException ex) {
			service.close();
			throw ex;
		}
		return service;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
