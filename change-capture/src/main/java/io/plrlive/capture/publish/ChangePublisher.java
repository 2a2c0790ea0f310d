package io.plrlive.capture.publish;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.plrlive.capture.mapping.CapturePath;
import io.plrlive.capture.mapping.CapturedRow;
import io.plrlive.capture.mapping.RowChangeMapper;
import io.plrlive.capture.mapping.RowChangeMapper.MappedChange;
import io.plrlive.capture.mapping.UnmappableRowException;
import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.ChangePartitioning;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.deadletter.DeadLetter;

/**
 * Publishes what both capture paths receive through one idempotent producer: a mappable
 * row as its change event, keyed by primary key; anything else as a dead letter with the
 * reason. Every returned future completes only once Kafka has acknowledged the record, so
 * the CDC path marks a batch processed only after that.
 */
public class ChangePublisher {

	private static final Logger log = LoggerFactory.getLogger(ChangePublisher.class);

	private final KafkaTemplate<String, byte[]> kafka;

	private final RowChangeMapper mapper = new RowChangeMapper();

	private final PublishedVersions publishedVersions;

	private final CaptureMetrics metrics;

	public ChangePublisher(KafkaTemplate<String, byte[]> kafka, MeterRegistry meterRegistry, int rememberedKeys) {
		this.kafka = kafka;
		this.publishedVersions = new PublishedVersions(rememberedKeys);
		this.metrics = new CaptureMetrics(meterRegistry);
	}

	/**
	 * Publishes one captured row, or its dead letter if it cannot be mapped.
	 * @param captured the row
	 * @return completes when Kafka has the record (or when it was dropped as a duplicate)
	 */
	public CompletableFuture<Void> publish(CapturedRow captured) {
		MappedChange mapped;
		try {
			mapped = this.mapper.map(captured);
		}
		catch (UnmappableRowException ex) {
			return deadLetter(captured.path(), captured.source(), captured.position(), ex.getMessage(),
					String.valueOf(captured.row()));
		}
		TopicSpec<String, ? extends RowChange> topic = mapped.table().topic();
		String versionKey = topic.name() + "/" + mapped.key();
		long version = mapped.change().version();
		if (this.publishedVersions.alreadyPublished(versionKey, version)) {
			this.metrics.duplicateDropped(captured.path());
			return CompletableFuture.completedFuture(null);
		}
		byte[] value = mapped.table().serialize(mapped.change());
		Integer partition = ChangePartitioning.partitionOf(mapped.change(),
				this.kafka.partitionsFor(topic.name()).size());
		return this.kafka.send(new ProducerRecord<>(topic.name(), partition, mapped.key(), value))
			.thenAccept((result) -> {
				this.publishedVersions.published(versionKey, version);
				this.metrics.published(captured.path(), mapped.table().tableName(), captured.committedAt());
				log.atDebug()
					.addKeyValue("topic", topic.name())
					.addKeyValue("key", mapped.key())
					.addKeyValue("version", version)
					.addKeyValue("path", captured.path().label())
					.log("Published change");
			});
	}

	/**
	 * Publishes a payload that could not even be read as a row.
	 * @param path the path that received it
	 * @param source where it came from
	 * @param position its position there, or {@code null}
	 * @param reason why it was rejected
	 * @param payload the payload as received
	 * @return completes when Kafka has the dead letter
	 */
	public CompletableFuture<Void> deadLetter(CapturePath path, String source, String position, String reason,
			String payload) {
		log.atWarn()
			.addKeyValue("source", source)
			.addKeyValue("position", position)
			.log("Dead-lettering a captured change: {}", reason);
		DeadLetter letter = new DeadLetter(source, position, reason, payload, Instant.now());
		TopicSpec<String, DeadLetter> topic = Topics.CAPTURE_DEAD_LETTERS;
		byte[] value = topic.valueSerde().serializer().serialize(topic.name(), letter);
		return this.kafka.send(new ProducerRecord<>(topic.name(), source, value))
			.thenAccept((result) -> this.metrics.deadLettered(path));
	}

}
