package io.plrlive.benchmarks.gateway;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardId;

/**
 * nchan's publisher: reads the scores topic as the gateway does (every partition, no
 * consumer group, the client's default fetch settings) from its end, and POSTs each
 * snapshot, unchanged, to the channel of its board's course instance, one after another
 * on its own thread.
 */
final class NchanRelay implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(NchanRelay.class);

	private final KafkaConsumer<String, byte[]> consumer;

	private final NchanServer nchan;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final AtomicLong posted = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	private NchanRelay(String bootstrapServers, NchanServer nchan) {
		this.nchan = nchan;
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				Topics.SCORES.keySerde().deserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(Topics.SCORES.name())
			.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
		this.thread = new Thread(this::run, "nchan-relay");
	}

	static NchanRelay start(String bootstrapServers, NchanServer nchan) {
		NchanRelay relay = new NchanRelay(bootstrapServers, nchan);
		relay.thread.start();
		return relay;
	}

	/**
	 * Snapshots POSTed so far.
	 * @return how many nchan accepted
	 */
	long posted() {
		return this.posted.get();
	}

	long failed() {
		return this.failed.get();
	}

	private void run() {
		while (this.running.get()) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(500))) {
				if (record.value() != null) {
					post(BoardId.parse(record.key()).scopeId(), record.value());
				}
			}
		}
	}

	private void post(long courseInstanceId, byte[] snapshot) {
		HttpRequest request = HttpRequest.newBuilder(this.nchan.publisherUri(courseInstanceId))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(snapshot))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				this.posted.incrementAndGet();
				return;
			}
			if (this.failed.getAndIncrement() < 3) {
				log.warn("nchan answered {} to a snapshot of course instance {}", response.statusCode(),
						courseInstanceId);
			}
		}
		catch (IOException ex) {
			if (this.failed.getAndIncrement() < 3) {
				log.warn("Could not POST a snapshot of course instance {} to nchan: {}", courseInstanceId,
						ex.toString());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running.set(false);
		}
	}

	@Override
	public void close() {
		this.running.set(false);
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.consumer.close();
	}

}
