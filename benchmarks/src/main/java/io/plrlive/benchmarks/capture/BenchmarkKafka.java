package io.plrlive.benchmarks.capture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft broker in the benchmark's JVM, configured like the launcher's:
 * undeclared topics are refused and every replication factor is 1.
 */
final class BenchmarkKafka implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkKafka.class);

	private final EmbeddedKafkaKraftBroker broker;

	private final List<Runnable> cleanups;

	private BenchmarkKafka(EmbeddedKafkaKraftBroker broker, List<Runnable> cleanups) {
		this.broker = broker;
		this.cleanups = cleanups;
	}

	/**
	 * Starts the broker on a free loopback port.
	 * @return the running broker
	 */
	static BenchmarkKafka start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "false", "offsets.topic.replication.factor", "1",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"group.initial.rebalance.delay.ms", "0"));
		// Kafka's test kit deletes its log directory in a JVM shutdown hook of its own:
		// keep
		// those hooks and run them once the broker has stopped, as the launcher does.
		List<Runnable> cleanups = new CopyOnWriteArrayList<>();
		Exit.setShutdownHookAdder((name, hook) -> cleanups.add(hook));
		try {
			broker.afterPropertiesSet();
		}
		finally {
			Exit.resetShutdownHookAdder();
		}
		BenchmarkKafka kafka = new BenchmarkKafka(broker, cleanups);
		log.info("Kafka started at {}", kafka.bootstrapServers());
		return kafka;
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
