package io.plrlive.gateway.cache;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.EnrollmentChanged;
import io.plrlive.contracts.json.JsonSerde;

/**
 * The latest snapshot of every board, the achievements held and the course directory, as
 * read from the topics. Records are applied by one thread; readers on any thread see each
 * board's latest snapshot.
 */
public final class BoardCache {

	private final Map<BoardId, CachedBoard> boards = new ConcurrentHashMap<>();

	private final CourseDirectory directory = new CourseDirectory();

	private final AchievementHoldings achievements = new AchievementHoldings();

	private final ReplicaViewerCounts viewerCounts = new ReplicaViewerCounts();

	private volatile CacheListener listener = new CacheListener() {

		@Override
		public void boardChanged(CachedBoard board) {
		}

		@Override
		public void achievementsChanged(long courseInstanceId, String handle) {
		}

	};

	/**
	 * Sets the one listener told about changes.
	 * @param listener the listener
	 */
	public void listen(CacheListener listener) {
		this.listener = listener;
	}

	/**
	 * The latest snapshot of a board.
	 * @param id the board
	 * @return the snapshot, or empty when the board has none yet
	 */
	public Optional<CachedBoard> board(BoardId id) {
		return Optional.ofNullable(this.boards.get(id));
	}

	/**
	 * Which course instances belong to which course.
	 * @return the directory
	 */
	public CourseDirectory directory() {
		return this.directory;
	}

	/**
	 * Achievements held per course instance and student.
	 * @return the holdings
	 */
	public AchievementHoldings achievements() {
		return this.achievements;
	}

	/**
	 * The viewer counts that the gateway replicas report.
	 * @return the counts
	 */
	public ReplicaViewerCounts viewerCounts() {
		return this.viewerCounts;
	}

	/**
	 * Number of boards with a snapshot.
	 * @return the count
	 */
	public int boardCount() {
		return this.boards.size();
	}

	/**
	 * Applies a record of the scores topic.
	 * @param key the board id
	 * @param value the snapshot, or {@code null} for a tombstone
	 * @param appendedAt the record's timestamp
	 * @throws org.apache.kafka.common.errors.SerializationException if the value is not a
	 * snapshot, or its key is not its board id
	 */
	void applyScore(String key, byte[] value, Instant appendedAt) {
		if (value == null) {
			this.boards.remove(BoardId.parse(key));
			return;
		}
		BoardSnapshot snapshot = Topics.SCORES.valueSerde().deserializer().deserialize(Topics.SCORES.name(), value);
		if (!snapshot.boardId().equals(key)) {
			throw new IllegalArgumentException(
					"Snapshot of board " + snapshot.boardId() + " under key " + key + "; the key must be its board id");
		}
		BoardId id = BoardId.parse(key);
		if (snapshot.courseInstanceId() != null) {
			this.directory.register(snapshot.courseInstanceId(), snapshot.courseId());
		}
		CachedBoard board = new CachedBoard(id, snapshot.courseId(), snapshot.courseInstanceId(), snapshot.version(),
				oneLine(value, snapshot), appendedAt);
		CachedBoard current = this.boards.get(id);
		if (current != null && current.version() >= board.version()) {
			return;
		}
		this.boards.put(id, board);
		this.listener.boardChanged(board);
	}

	/**
	 * Applies a record of the achievements topic.
	 * @param value the change
	 */
	void applyAchievement(byte[] value) {
		if (value == null) {
			return;
		}
		AchievementChange change = Topics.ACHIEVEMENTS.valueSerde()
			.deserializer()
			.deserialize(Topics.ACHIEVEMENTS.name(), value);
		this.directory.register(change.courseInstanceId(), change.courseId());
		this.achievements.apply(change);
		this.listener.achievementsChanged(change.courseInstanceId(), change.handle());
	}

	/**
	 * Applies a record of the enrollment changes topic, which makes its course instance
	 * known.
	 * @param value the enrollment
	 */
	void applyEnrollment(byte[] value) {
		if (value == null) {
			return;
		}
		EnrollmentChanged enrollment = Topics.ENROLLMENT_CHANGES.valueSerde()
			.deserializer()
			.deserialize(Topics.ENROLLMENT_CHANGES.name(), value);
		this.directory.register(enrollment.courseInstanceId(), enrollment.courseId());
	}

	/**
	 * Applies a record of the viewer counts topic.
	 * @param key replica and course instance
	 * @param value the report, or {@code null} for a tombstone
	 */
	void applyViewerCount(String key, byte[] value) {
		this.viewerCounts.apply(key,
				Topics.VIEWER_COUNTS.valueSerde().deserializer().deserialize(Topics.VIEWER_COUNTS.name(), value));
	}

	// An SSE data line ends at a line break: the published JSON is compact, but a
	// snapshot written by another producer might not be.
	private static byte[] oneLine(byte[] value, BoardSnapshot snapshot) {
		for (byte b : value) {
			if (b == '\n' || b == '\r') {
				return JsonSerde.mapper().writeValueAsString(snapshot).getBytes(StandardCharsets.UTF_8);
			}
		}
		return value;
	}

}
