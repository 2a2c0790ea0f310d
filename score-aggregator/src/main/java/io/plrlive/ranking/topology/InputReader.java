package io.plrlive.ranking.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BiFunction;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.deadletter.DeadLetter;

/**
 * Reads the raw records of one change topic: a readable row becomes a course event keyed
 * by its course, anything else a dead letter with the reason and the position. Reading
 * here instead of in a deserializer keeps poison records inside the exactly-once
 * transaction, next to the output they would have caused.
 *
 * @param <R> the row type of the topic
 */
final class InputReader<R extends RowChange> implements Processor<String, byte[], String, ReadResult> {

	private static final Logger log = LoggerFactory.getLogger(InputReader.class);

	private final TopicSpec<String, R> topic;

	private final BiFunction<R, String, CourseEvent> toEvent;

	private final RankingMetrics metrics;

	private ProcessorContext<String, ReadResult> context;

	InputReader(TopicSpec<String, R> topic, BiFunction<R, String, CourseEvent> toEvent, RankingMetrics metrics) {
		this.topic = topic;
		this.toEvent = toEvent;
		this.metrics = metrics;
	}

	@Override
	public void init(ProcessorContext<String, ReadResult> context) {
		this.context = context;
	}

	@Override
	public void process(Record<String, byte[]> record) {
		if (record.value() == null) {
			// A tombstone only compacts a row away; the rows carry their own deletion
			// flag.
			return;
		}
		this.metrics.recordRead(this.topic.name());
		String position = position();
		try {
			R row = this.topic.valueSerde().deserializer().deserialize(this.topic.name(), record.value());
			String problem = problem(row);
			ReadResult result = (problem != null) ? ReadResult.rejected(deadLetter(position, problem, record))
					: ReadResult.of(this.toEvent.apply(row, position));
			this.context.forward(record.withKey(key(result)).withValue(result));
		}
		catch (SerializationException ex) {
			this.context.forward(record.withKey(this.topic.name())
				.withValue(ReadResult.rejected(deadLetter(position, ex.getMessage(), record))));
		}
	}

	private static String problem(RowChange row) {
		if (row instanceof ParticipantChanged participant && participant.points() < 0) {
			return "participant " + participant.participantId() + " has negative points " + participant.points();
		}
		return null;
	}

	private String key(ReadResult result) {
		return result.rejected() ? this.topic.name() : result.event().routingKey();
	}

	private DeadLetter deadLetter(String position, String reason, Record<String, byte[]> record) {
		log.warn("Rejected the record at {}: {}", position, reason);
		this.metrics.deadLettered(this.topic.name());
		return new DeadLetter(this.topic.name(), position, reason, new String(record.value(), StandardCharsets.UTF_8),
				Instant.ofEpochMilli(this.context.currentSystemTimeMs()));
	}

	private String position() {
		return this.context.recordMetadata()
			.map(InputReader::describe)
			.orElse(this.topic.name() + " (position unknown)");
	}

	private static String describe(RecordMetadata metadata) {
		return metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset();
	}

}
