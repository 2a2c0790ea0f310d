package io.plrlive.benchmarks.ranking;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the aggregator's Kafka Streams application is behind, from its consumer group's
 * committed offsets against the partitions' ends, on the change topics and on its own
 * repartition topic. Read from the broker, so measuring it costs the aggregator nothing.
 */
final class StreamsLag implements AutoCloseable {

	private final Admin admin;

	private final String applicationId;

	StreamsLag(String bootstrapServers, String applicationId) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
		this.applicationId = applicationId;
	}

	/**
	 * Waits until every record sent so far has been processed by both stages. A
	 * transactional topic's end may lie one past the last record (its commit marker), so
	 * the repartition topic may stay one behind per partition.
	 * @param topicsBehindAtMost records the change topics may still be behind, in all
	 * @param timeout how long to wait
	 * @return whether it caught up in time
	 */
	boolean awaitCaughtUp(long topicsBehindAtMost, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Map<TopicPartition, Long> behind = behind();
			long inputs = 0;
			boolean internalCaughtUp = true;
			for (Map.Entry<TopicPartition, Long> partition : behind.entrySet()) {
				if (partition.getKey().topic().startsWith(this.applicationId)) {
					internalCaughtUp &= partition.getValue() <= 1;
				}
				else {
					inputs += partition.getValue();
				}
			}
			if (!behind.isEmpty() && inputs <= topicsBehindAtMost && internalCaughtUp) {
				return true;
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
		return false;
	}

	private Map<TopicPartition, Long> behind() {
		try {
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(this.applicationId)
				.partitionsToOffsetAndMetadata()
				.get(10, TimeUnit.SECONDS);
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			committed.keySet().forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			Map<TopicPartition, Long> behind = new HashMap<>();
			this.admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
				.all()
				.get(10, TimeUnit.SECONDS)
				.forEach((partition, end) -> behind.put(partition,
						Math.max(0, end.offset() - committed.get(partition).offset())));
			return behind;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the aggregator's lag", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not read the aggregator's lag", ex);
		}
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
