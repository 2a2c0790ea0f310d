package io.plrlive.testing;

import java.util.Locale;

/**
 * The PostgreSQL server and Kafka broker that every test of a run shares. Each is started
 * on first use and stopped when the JVM exits, so a test suite pays for start-up once.
 * The system property {@code plr.test.infra} chooses where they run: {@code embedded}
 * (default, needs nothing but the JDK) or {@code containers} (Testcontainers, needs a
 * Docker engine).
 */
public final class TestInfrastructure {

	/** System property that selects the infrastructure. */
	public static final String MODE_PROPERTY = "plr.test.infra";

	private TestInfrastructure() {
	}

	/**
	 * The shared PostgreSQL 17 server, with logical replication enabled.
	 * @return the running server
	 */
	public static PostgresServer postgres() {
		return SharedPostgres.SERVER;
	}

	/**
	 * The shared Kafka broker (KRaft), with topic auto-creation disabled.
	 * @return the running broker
	 */
	public static KafkaBroker kafka() {
		return SharedKafka.BROKER;
	}

	/**
	 * The infrastructure chosen for this run.
	 * @return the mode
	 */
	public static Mode mode() {
		String value = System.getProperty(MODE_PROPERTY, "embedded").trim().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "", "embedded" -> Mode.EMBEDDED;
			case "containers" -> Mode.CONTAINERS;
			default -> throw new IllegalStateException(
					"System property " + MODE_PROPERTY + " is '" + value + "'; expected embedded or containers");
		};
	}

	/**
	 * Where the infrastructure runs.
	 */
	public enum Mode {

		/**
		 * In this JVM and its child processes: zonky embedded PostgreSQL and an
		 * in-process KRaft broker.
		 */
		EMBEDDED,

		/** In Docker containers: postgres:17 and apache/kafka. */
		CONTAINERS

	}

	private static <T extends AutoCloseable> T closedAtExit(T resource) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				resource.close();
			}
			catch (Exception ex) {
				// The JVM is exiting; the child processes go with it.
			}
		}, "plr-test-infrastructure-shutdown"));
		return resource;
	}

	/**
	 * Initialization-on-demand holder: the server starts on first access, once per JVM.
	 */
	private static final class SharedPostgres {

		static final PostgresServer SERVER = closedAtExit(
				(mode() == Mode.CONTAINERS) ? new ContainerPostgresServer() : new EmbeddedPostgresServer());

	}

	/**
	 * Initialization-on-demand holder: the broker starts on first access, once per JVM.
	 */
	private static final class SharedKafka {

		static final KafkaBroker BROKER = closedAtExit(
				(mode() == Mode.CONTAINERS) ? new ContainerKafkaBroker() : new InProcessKafkaBroker());

	}

}
