package io.plrlive.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementAwarded;
import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.board.BoardKind;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.EnrollmentChanged;

/**
 * Writes what score-aggregator and change-capture publish, for the gateway to read.
 */
public final class PublishedTopics implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer;

	/**
	 * Connects to a broker.
	 * @param bootstrapServers the broker
	 */
	public PublishedTopics(String bootstrapServers) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.LINGER_MS_CONFIG, 0));
	}

	/**
	 * A snapshot of a board with a number of entries.
	 * @param id the board
	 * @param courseId its course
	 * @param version its version
	 * @param entries number of entries
	 * @return the snapshot
	 */
	public static BoardSnapshot snapshot(BoardId id, long courseId, long version, int entries) {
		List<BoardEntry> rows = new ArrayList<>();
		for (int i = 0; i < entries; i++) {
			rows.add(new BoardEntry(i + 1, "h" + i, "Curious Otter " + i, (entries - i) * 1000L + version, 60_000L,
					null, List.of(), (id.kind() == BoardKind.ALL_TIME) ? 1 : null));
		}
		Long courseInstanceId = (id.kind() == BoardKind.ALL_TIME) ? null : id.scopeId();
		Long sessionId = (id.kind() == BoardKind.LIVE) ? 1000 + id.scopeId() : null;
		return new BoardSnapshot(id.toString(), id.kind(), courseId, courseInstanceId, sessionId,
				(sessionId != null) ? "Quiz" : null, false, version, Instant.now(), rows.size(), rows);
	}

	/**
	 * Publishes a board snapshot.
	 * @param snapshot the snapshot
	 */
	public void board(BoardSnapshot snapshot) {
		boardUnderKey(snapshot.boardId(), snapshot);
	}

	/**
	 * Publishes a board snapshot under any key, even one that is not its board id.
	 * @param key the record key
	 * @param snapshot the snapshot
	 */
	public void boardUnderKey(String key, BoardSnapshot snapshot) {
		send(Topics.SCORES.name(), key,
				Topics.SCORES.valueSerde().serializer().serialize(Topics.SCORES.name(), snapshot));
	}

	/**
	 * Publishes the three boards of a course instance at a version.
	 * @param courseInstanceId the course instance
	 * @param courseId its course
	 * @param version version of each
	 */
	public void boards(long courseInstanceId, long courseId, long version) {
		board(snapshot(BoardId.live(courseInstanceId), courseId, version, 3));
		board(snapshot(BoardId.seasonal(courseInstanceId), courseId, version, 3));
		board(snapshot(BoardId.allTime(courseId), courseId, version, 3));
	}

	/**
	 * Publishes an enrollment, which makes the course instance known.
	 * @param enrollmentId the enrollment
	 * @param courseInstanceId the course instance
	 * @param courseId its course
	 */
	public void enrollment(long enrollmentId, long courseInstanceId, long courseId) {
		EnrollmentChanged enrollment = new EnrollmentChanged(enrollmentId, enrollmentId, courseId, courseInstanceId, 1,
				false);
		send(Topics.ENROLLMENT_CHANGES.name(), Long.toString(enrollmentId),
				Topics.ENROLLMENT_CHANGES.valueSerde()
					.serializer()
					.serialize(Topics.ENROLLMENT_CHANGES.name(), enrollment));
	}

	/**
	 * Publishes an award.
	 * @param courseInstanceId the course instance
	 * @param courseId its course
	 * @param handle the student
	 * @param achievement what was earned
	 * @param count how many times it is held now
	 */
	public void award(long courseInstanceId, long courseId, String handle, Achievement achievement, int count) {
		AchievementAwarded award = new AchievementAwarded(courseId, courseInstanceId, 2000 + count, handle, achievement,
				count, Instant.now());
		send(Topics.ACHIEVEMENTS.name(), award.key(),
				Topics.ACHIEVEMENTS.valueSerde().serializer().serialize(Topics.ACHIEVEMENTS.name(), award));
	}

	/**
	 * Publishes a record that is no snapshot.
	 * @param key its key
	 * @param text its value
	 */
	public void garbage(String key, String text) {
		send(Topics.SCORES.name(), key, text.getBytes(StandardCharsets.UTF_8));
	}

	private void send(String topic, String key, byte[] value) {
		try {
			this.producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
