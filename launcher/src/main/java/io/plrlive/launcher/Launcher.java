package io.plrlive.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.plrlive.schema.PlrSchema;

/**
 * The whole of PLR Live in one JVM: PostgreSQL with the demo data, a Kafka broker, and
 * each app in a Spring context of its own, configured as it would be alone plus the
 * addresses of the local infrastructure.
 */
final class Launcher implements AutoCloseable {

	private static final List<String> SERVLET_SECURITY = List.of(SecurityAutoConfiguration.class.getName(),
			UserDetailsServiceAutoConfiguration.class.getName(), ManagementWebSecurityAutoConfiguration.class.getName(),
			SecurityFilterAutoConfiguration.class.getName(), ServletWebSecurityAutoConfiguration.class.getName(),
			OAuth2ResourceServerAutoConfiguration.class.getName());

	private static final Logger log = LoggerFactory.getLogger(Launcher.class);

	private final Path dataDirectory;

	private final LocalPorts ports;

	private final Map<Service, ConfigurableApplicationContext> contexts = new EnumMap<>(Service.class);

	private final DemoOptions demo;

	private DemoSimulator simulator;

	private Path aggregatorState;

	private LocalPostgres postgres;

	private LocalKafka kafka;

	/**
	 * Prepares a launcher; nothing starts before {@link #start()}.
	 * @param dataDirectory where PostgreSQL keeps its data, between runs
	 * @param ports the ports the apps answer on
	 * @param demo the demo's population, and whether the living demo
	 * ({@link DemoSimulator}) runs once the apps are up
	 */
	Launcher(Path dataDirectory, LocalPorts ports, DemoOptions demo) {
		this.dataDirectory = dataDirectory;
		this.ports = ports;
		this.demo = demo;
	}

	/**
	 * Starts PostgreSQL (migrated and seeded), Kafka and the four apps, and returns when
	 * every app is ready. On failure, stops what had started.
	 */
	void start() {
		this.ports.requireFree();
		try {
			this.postgres = LocalPostgres.start(this.dataDirectory.resolve("postgres"));
			PlrSchema.migrateStandalone(this.postgres.dataSource());
			DemoData.seedOnce(this.postgres.dataSource(), this.demo.courses(), this.demo.students());
			this.kafka = LocalKafka.start();
			// The broker lives as long as this run, so must the aggregator's local state:
			// state left by an earlier run belongs to another broker's topics.
			this.aggregatorState = Files.createTempDirectory("plr-aggregator-state");
			for (Service service : Service.values()) {
				this.contexts.put(service, run(service));
			}
			if (this.demo.simulate()) {
				this.simulator = new DemoSimulator(this.postgres.dataSource(), this.demo.simulation(), new Random());
				this.simulator.start();
			}
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException("Could not create the aggregator's state directory", ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Where a running app answers HTTP.
	 * @param service the app
	 * @return e.g. {@code http://localhost:8080}
	 */
	URI url(Service service) {
		return URI.create("http://localhost:" + webServer(service).getPort());
	}

	/**
	 * Stops an app and starts it again on the same port, as an operator's restart does.
	 * @param service the app
	 */
	synchronized void restart(Service service) {
		stopApp(service);
		startAppAgain(service);
	}

	/**
	 * Stops one app; {@link #startAppAgain(Service)} starts it on the same port.
	 * @param service the app
	 */
	synchronized void stopApp(Service service) {
		this.contexts.remove(service).close();
		log.info("{} stopped", service);
	}

	/**
	 * Starts an app stopped by {@link #stopApp(Service)} again.
	 * @param service the app
	 */
	synchronized void startAppAgain(Service service) {
		this.contexts.put(service, run(service));
		log.info("{} started again on port {}", service, this.ports.of(service));
	}

	/**
	 * The demo database, for tests that play the host platform's part.
	 * @return a data source of the PLR database
	 */
	DataSource dataSource() {
		return this.postgres.dataSource();
	}

	WebServer webServer(Service service) {
		ConfigurableApplicationContext context = this.contexts.get(service);
		if (context == null) {
			throw new IllegalStateException(service + " is not running");
		}
		return ((WebServerApplicationContext) context).getWebServer();
	}

	/**
	 * Stops the apps in reverse order of starting, then Kafka, then PostgreSQL. Stopping
	 * twice does nothing.
	 */
	@Override
	public synchronized void close() {
		if (this.simulator != null) {
			this.simulator.close();
			this.simulator = null;
		}
		List<Service> running = new ArrayList<>(this.contexts.keySet());
		for (int i = running.size() - 1; i >= 0; i--) {
			this.contexts.remove(running.get(i)).close();
		}
		if (this.kafka != null) {
			this.kafka.close();
			this.kafka = null;
		}
		if (this.aggregatorState != null) {
			FileSystemUtils.deleteRecursively(this.aggregatorState.toFile());
			this.aggregatorState = null;
		}
		if (this.postgres != null) {
			this.postgres.close();
			this.postgres = null;
			log.info("PLR Live stopped");
		}
	}

	private ConfigurableApplicationContext run(Service service) {
		return run(service, arguments(service));
	}

	private ConfigurableApplicationContext run(Service service, List<String> arguments) {
		return new SpringApplicationBuilder(service.application()).main(service.application())
			.properties("spring.config.name=" + service.configName())
			.bannerMode(Banner.Mode.OFF)
			// The launcher closes the contexts itself, before the infrastructure they
			// use.
			.registerShutdownHook(false)
			.run(arguments.toArray(String[]::new));
	}

	// As command-line arguments, because these must override the app's configuration
	// file, which default properties would not.
	private List<String> arguments(Service service) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.kafka.bootstrap-servers=" + this.kafka.bootstrapServers());
		// One logging system serves the four contexts: it would tag every line with the
		// name of the first app.
		arguments.add("--logging.include-application-name=false");
		arguments.add("--server.port=" + this.ports.of(service));
		if (service == Service.SSE_GATEWAY) {
			// Browsers open streams from the web UI's pages (CORS).
			arguments.add("--gateway.allowed-origins=http://localhost:" + this.ports.of(Service.WEB_UI));
		}
		List<String> excluded = new ArrayList<>();
		if (service.usesDatabase()) {
			arguments.add("--spring.datasource.url=" + this.postgres.jdbcUrl());
			arguments.add("--spring.datasource.username=" + LocalPostgres.SUPERUSER);
			arguments.add("--spring.datasource.password=");
		}
		else {
			// The web UI puts JDBC on the shared classpath; the other apps have no
			// database.
			excluded.add(DataSourceAutoConfiguration.class.getName());
		}
		if (service == Service.CHANGE_CAPTURE || service == Service.SCORE_AGGREGATOR) {
			// The gateway and the web UI put Spring Security on the shared classpath; the
			// other apps serve only health, which Boot's defaults would lock behind a
			// generated password.
			excluded.addAll(SERVLET_SECURITY);
		}
		if (!excluded.isEmpty()) {
			arguments.add("--spring.autoconfigure.exclude=" + String.join(",", excluded));
		}
		if (service == Service.SCORE_AGGREGATOR) {
			arguments.add("--spring.kafka.streams.state-dir=" + this.aggregatorState);
		}
		if (service == Service.CHANGE_CAPTURE) {
			// Demo shortcut: capture connects as the embedded superuser, which may
			// replicate; production uses a
			// role of its own (docs/operations.md).
			arguments.add("--capture.database.url=" + this.postgres.jdbcUrl());
			arguments.add("--capture.database.username=" + LocalPostgres.SUPERUSER);
		}
		if (service == Service.WEB_UI) {
			arguments.add("--web.gateway-url=" + url(Service.SSE_GATEWAY));
			// The local default: pick any demo user, as PrairieLearn's development mode
			// does.
			arguments.add("--web.login=development");
		}
		return arguments;
	}

}
