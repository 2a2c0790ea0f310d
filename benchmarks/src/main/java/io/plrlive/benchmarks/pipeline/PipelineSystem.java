package io.plrlive.benchmarks.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.plrlive.benchmarks.service.HealthCheck;
import io.plrlive.benchmarks.service.ServletSecurity;
import io.plrlive.benchmarks.service.StreamTokenSigner;
import io.plrlive.capture.ChangeCaptureApplication;
import io.plrlive.gateway.SseGatewayApplication;
import io.plrlive.ranking.ScoreAggregatorApplication;
import io.plrlive.schema.PlrSchema;
import io.plrlive.testing.InProcessKafkaBroker;

/**
 * The whole pipeline in this JVM, as the launcher runs it: an embedded PostgreSQL 17 with
 * logical replication (fsync on), the PLR schema, an in-process broker, change-capture
 * with both paths, the score aggregator and the SSE gateway, each from its own
 * configuration file. Everything listens on loopback and stops on {@link #close()}.
 */
public final class PipelineSystem implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PipelineSystem.class);

	private static final String DATABASE = "plr_pipeline";

	private static final String SUPERUSER = "postgres";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private EmbeddedPostgres postgres;

	private int gatewayPort;

	private String bootstrapServers;

	private PipelineSystem() {
	}

	public static PipelineSystem start() {
		PipelineSystem system = new PipelineSystem();
		try {
			system.startAll();
			return system;
		}
		catch (RuntimeException ex) {
			system.close();
			throw ex;
		}
	}

	public DataSource dataSource() {
		return this.postgres.getDatabase(SUPERUSER, DATABASE);
	}

	String bootstrapServers() {
		return this.bootstrapServers;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	public URI streamUri(long courseInstanceId) {
		return URI.create("http://127.0.0.1:" + this.gatewayPort + "/course-instances/" + courseInstanceId + "/stream");
	}

	/** Starts the gateway last, so that its readiness waits for the seeded boards. */
	public void startGateway() {
		ConfigurableApplicationContext gateway = run(SseGatewayApplication.class, SseGatewayApplication.CONFIG_NAME,
				this.bootstrapServers, "--gateway.stream-token.secret=" + StreamTokenSigner.SECRET,
				// One viewer per subscriber: the per-user cap never applies.
				"--gateway.max-connections-per-user=8");
		this.gatewayPort = ((WebServerApplicationContext) gateway).getWebServer().getPort();
		HealthCheck.awaitUp(URI.create("http://127.0.0.1:" + this.gatewayPort + "/actuator/health/readiness"),
				"sse-gateway", START_TIMEOUT, gateway::isActive);
		log.info("sse-gateway is ready on port {}", this.gatewayPort);
	}

	private void startAll() {
		try {
			this.postgres = EmbeddedPostgres.builder()
				.setServerConfig("wal_level", "logical")
				.setServerConfig("wal_writer_delay", "10ms")
				.setServerConfig("max_wal_senders", "20")
				.setServerConfig("max_replication_slots", "20")
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", "on")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
		this.started.push(this.postgres);
		execute("CREATE DATABASE " + DATABASE);
		PlrSchema.migrateStandalone(dataSource());
		log.info("PostgreSQL started at {} with the PLR schema", jdbcUrl());
		InProcessKafkaBroker kafka = InProcessKafkaBroker.start();
		this.started.push(kafka);
		this.bootstrapServers = kafka.bootstrapServers();
		ConfigurableApplicationContext capture = run(ChangeCaptureApplication.class,
				ChangeCaptureApplication.CONFIG_NAME, this.bootstrapServers, "--capture.database.url=" + jdbcUrl(),
				"--capture.database.username=" + SUPERUSER, ServletSecurity.excluded());
		HealthCheck.awaitUp(capture, "change-capture", START_TIMEOUT);
		Path state = temporaryDirectory();
		this.started.push(() -> FileSystemUtils.deleteRecursively(state));
		ConfigurableApplicationContext aggregator = run(ScoreAggregatorApplication.class,
				ScoreAggregatorApplication.CONFIG_NAME, this.bootstrapServers,
				"--spring.kafka.streams.state-dir=" + state, ServletSecurity.excluded());
		HealthCheck.awaitUp(aggregator, "score-aggregator", START_TIMEOUT);
		log.info("change-capture and score-aggregator are UP");
	}

	private ConfigurableApplicationContext run(Class<?> application, String configName, String bootstrapServers,
			String... extra) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + bootstrapServers, "--logging.include-application-name=false",
				// Only the services' warnings: their start-up chatter would drown the
				// figures.
				"--logging.level.root=WARN", "--logging.level.io.plrlive.benchmarks=INFO"));
		arguments.addAll(List.of(extra));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application).main(application)
			.properties("spring.config.name=" + configName)
			.bannerMode(Banner.Mode.OFF)
			// The benchmark closes the services itself, before the infrastructure.
			.registerShutdownHook(false)
			.run(arguments.toArray(String[]::new));
		this.started.push(context);
		return context;
	}

	private void execute(String sql) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "': " + ex.getMessage(), ex);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("plr-pipeline-streams-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		while (!this.started.isEmpty()) {
			AutoCloseable resource = this.started.pop();
			try {
				resource.close();
			}
			catch (Exception ex) {
				log.warn("Stopping {} failed: {}", resource.getClass().getSimpleName(), ex.getMessage());
			}
		}
	}

}
