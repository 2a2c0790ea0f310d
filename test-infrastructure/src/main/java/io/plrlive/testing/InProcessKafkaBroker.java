package io.plrlive.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.utils.Exit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node KRaft broker in this JVM, from spring-kafka-test: the tests' default
 * broker, and the one the benchmarks run against.
 */
public final class InProcessKafkaBroker implements KafkaBroker {

	private static final Logger log = LoggerFactory.getLogger(InProcessKafkaBroker.class);

	private final EmbeddedKafkaKraftBroker broker;

	private final List<Runnable> cleanups = new CopyOnWriteArrayList<>();

	/**
	 * Starts a new broker on a free loopback port.
	 * @return the running broker, to be closed by the caller
	 */
	public static InProcessKafkaBroker start() {
		return new InProcessKafkaBroker();
	}

	InProcessKafkaBroker() {
		this.broker = new EmbeddedKafkaKraftBroker(1, 1);
		this.broker.brokerProperties(brokerProperties());
		// Kafka's test kit deletes its log directory in a JVM shutdown hook of its own,
		// which would race with the
		// hook that stops the broker: keep those hooks and run them once the broker has
		// stopped.
		Exit.setShutdownHookAdder((name, hook) -> this.cleanups.add(hook));
		try {
			this.broker.afterPropertiesSet();
		}
		finally {
			Exit.resetShutdownHookAdder();
		}
		log.info("In-process Kafka broker started at {}", bootstrapServers());
	}

	/**
	 * Settings for a single broker that supports exactly-once transactions and refuses
	 * undeclared topics.
	 * @return broker properties
	 */
	static Map<String, String> brokerProperties() {
		return Map.of("auto.create.topics.enable", "false", "offsets.topic.replication.factor", "1",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"group.initial.rebalance.delay.ms", "0");
	}

	@Override
	public String bootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	@Override
	public void close() {
		this.broker.destroy();
		this.cleanups.forEach(Runnable::run);
	}

}
