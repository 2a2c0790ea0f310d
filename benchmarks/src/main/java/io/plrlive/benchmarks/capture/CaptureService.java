package io.plrlive.benchmarks.capture;

import java.time.Duration;
import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

import io.plrlive.benchmarks.service.HealthCheck;
import io.plrlive.benchmarks.service.ServletSecurity;
import io.plrlive.capture.ChangeCaptureApplication;

/**
 * The change-capture service in this JVM, configured from its own file as in production
 * plus the addresses of the local infrastructure and one capture path switched off.
 */
final class CaptureService implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CaptureService.class);

	private static final Duration STREAMING_TIMEOUT = Duration.ofSeconds(120);

	private final ConfigurableApplicationContext context;

	private CaptureService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the service and returns once its health is UP, that is once the remaining
	 * path streams and Kafka answers.
	 * @param path the only path to run
	 * @param jdbcUrl the captured database
	 * @param bootstrapServers the broker
	 * @return the running service
	 */
	static CaptureService start(CapturePathUnderTest path, String jdbcUrl, String bootstrapServers) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ChangeCaptureApplication.class)
			.main(ChangeCaptureApplication.class)
			.properties("spring.config.name=" + ChangeCaptureApplication.CONFIG_NAME)
			.bannerMode(Banner.Mode.OFF)
			// The benchmark closes the service itself, before the infrastructure.
			.registerShutdownHook(false)
			.run("--server.port=0", "--spring.kafka.bootstrap-servers=" + bootstrapServers,
					"--capture.database.url=" + jdbcUrl, "--capture.database.username=" + BenchmarkPostgres.SUPERUSER,
					"--logging.include-application-name=false", path.disableOtherPath(),
					// Only the service's warnings: its start-up chatter would drown the
					// figures.
					"--logging.level.root=WARN", "--logging.level.io.plrlive.benchmarks=INFO",
					ServletSecurity.excluded());
		CaptureService service = new CaptureService(context);
		try {
			service.awaitHealthy();
		}
		catch (RuntimeException ex) {
			service.close();
			throw ex;
		}
		log.info("change-capture is streaming on the {} path only", path.label());
		return service;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void close() {
		Collection<KafkaTemplate> templates = this.context.getBeansOfType(KafkaTemplate.class).values();
		this.context.close();
		// change-capture creates its producer factory inside a bean method, so closing
		// the
		// context leaves the producer open (and reconnecting to a broker that is gone):
		// close it here, so that one configuration does not load the next.
		for (KafkaTemplate template : templates) {
			if (template.getProducerFactory() instanceof DisposableBean factory) {
				try {
					factory.destroy();
				}
				catch (Exception ex) {
					log.warn("Closing change-capture's producer failed: {}", ex.getMessage());
				}
			}
		}
	}

	private void awaitHealthy() {
		HealthCheck.awaitUp(this.context, "change-capture", STREAMING_TIMEOUT);
	}

}
