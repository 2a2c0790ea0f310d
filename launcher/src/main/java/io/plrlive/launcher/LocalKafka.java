package io.plrlive.launcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft broker in the launcher's JVM, configured like a production broker
 * where it matters: undeclared topics are refused, and transactions work on one node. Its
 * log lives in a temporary directory, so every run starts with empty topics.
 */
final class LocalKafka implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);

	private final EmbeddedKafkaKraftBroker broker;

	private final List<Runnable> cleanups;

	private LocalKafka(EmbeddedKafkaKraftBroker broker, List<Runnable> cleanups) {
		this.broker = broker;
		this.cleanups = cleanups;
	}

	/**
	 * Starts the broker on a free port.
	 * @return the running broker
	 */
	static LocalKafka start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "false", "offsets.topic.replication.factor", "1",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"group.initial.rebalance.delay.ms", "0"));
		// Kafka's test kit deletes its log directory in a JVM shutdown hook of its own,
		// which on Ctrl-C would run beside the launcher's and pull the log from under a
		// broker that the apps still use. Keep those hooks and run them after stopping.
		List<Runnable> cleanups = new CopyOnWriteArrayList<>();
		Exit.setShutdownHookAdder((name, hook) -> cleanups.add(hook));
		try {
			broker.afterPropertiesSet();
		}
		finally {
			Exit.resetShutdownHookAdder();
		}
		LocalKafka local = new LocalKafka(broker, cleanups);
		log.info("Kafka started at {}", local.bootstrapServers());
		return local;
	}

	String bootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	@Override
	public void close() {
		this.broker.destroy();
		this.cleanups.forEach(Runnable::run);
	}

}
