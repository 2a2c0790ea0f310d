package io.plrlive.ranking.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.ranking.season.CourseInstanceRecord;
import io.plrlive.ranking.season.SeasonRecord;

/**
 * The state a course task keeps, in changelogged key-value stores so that a restart or
 * another instance rebuilds it exactly; typed access with the keys in one place.
 */
public final class CourseStores {

	static final String SESSIONS = "plr-ranking-sessions";

	static final String PARTICIPANTS = "plr-ranking-participants";

	static final String STUDENTS = "plr-ranking-students";

	private static final int RECENT_VALUES = 50_000;

	static final String SEASONS = "plr-ranking-seasons";

	static final String COURSE_INSTANCES = "plr-ranking-course-instances";

	static final String BOARD_VERSIONS = "plr-ranking-board-versions";

	static final String PENDING_BOARDS = "plr-ranking-pending-boards";

	private final KeyValueStore<String, SessionState> sessions;

	private final KeyValueStore<String, ParticipantChanged> participants;

	private final KeyValueStore<String, StudentChanged> students;

	// Decoded values of the stores read on every row and every snapshot (see
	// RecentValues): each snapshot looks up the name of each of its entries, each row its
	// session and its previous version, each snapshot its board's version.
	private final RecentValues<Long, StudentChanged> recentStudents = new RecentValues<>(RECENT_VALUES);

	private final RecentValues<Long, SessionState> recentSessions = new RecentValues<>(RECENT_VALUES);

	private final RecentValues<String, ParticipantChanged> recentParticipants = new RecentValues<>(RECENT_VALUES);

	private final RecentValues<String, Long> recentBoardVersions = new RecentValues<>(RECENT_VALUES);

	private final KeyValueStore<String, SeasonRecord> seasons;

	private final KeyValueStore<String, CourseInstanceRecord> courseInstances;

	private final KeyValueStore<String, Long> boardVersions;

	private final KeyValueStore<String, Long> pendingBoards;

	CourseStores(ProcessorContext<?, ?> context) {
		this.sessions = context.getStateStore(SESSIONS);
		this.participants = context.getStateStore(PARTICIPANTS);
		this.students = context.getStateStore(STUDENTS);
		this.seasons = context.getStateStore(SEASONS);
		this.courseInstances = context.getStateStore(COURSE_INSTANCES);
		this.boardVersions = context.getStateStore(BOARD_VERSIONS);
		this.pendingBoards = context.getStateStore(PENDING_BOARDS);
	}

	/**
	 * Builders of every store of the course task.
	 * @return the builders
	 */
	public static List<StoreBuilder<?>> builders() {
		return List.of(store(SESSIONS, JsonSerde.of(SessionState.class)),
				store(PARTICIPANTS, JsonSerde.of(ParticipantChanged.class)),
				store(STUDENTS, JsonSerde.of(StudentChanged.class)), store(SEASONS, JsonSerde.of(SeasonRecord.class)),
				store(COURSE_INSTANCES, JsonSerde.of(CourseInstanceRecord.class)), store(BOARD_VERSIONS, Serdes.Long()),
				store(PENDING_BOARDS, Serdes.Long()));
	}

	/**
	 * Names of every store of the course task, for connecting them to it.
	 * @return the names
	 */
	public static String[] storeNames() {
		return new String[] { SESSIONS, PARTICIPANTS, STUDENTS, SEASONS, COURSE_INSTANCES, BOARD_VERSIONS,
				PENDING_BOARDS };
	}

	private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> valueSerde) {
		// Caching folds repeated updates of a key into one changelog record per commit.
		return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), valueSerde)
			.withCachingEnabled();
	}

	SessionState session(long sessionId) {
		return this.recentSessions.get(sessionId, (id) -> this.sessions.get(Long.toString(id)));
	}

	void putSession(SessionState session) {
		this.sessions.put(Long.toString(session.row().sessionId()), session);
		this.recentSessions.put(session.row().sessionId(), session);
	}

	void forEachSession(BiConsumer<String, SessionState> action) {
		forEach(this.sessions, action);
	}

	ParticipantChanged participant(long sessionId, long participantId) {
		return this.recentParticipants.get(participantKey(sessionId, participantId), this.participants::get);
	}

	void putParticipant(ParticipantChanged participant) {
		String key = participantKey(participant.sessionId(), participant.participantId());
		this.participants.put(key, participant);
		this.recentParticipants.put(key, participant);
	}

	void deleteParticipant(ParticipantChanged participant) {
		String key = participantKey(participant.sessionId(), participant.participantId());
		this.participants.delete(key);
		this.recentParticipants.remove(key);
	}

	void forEachParticipant(Consumer<ParticipantChanged> action) {
		forEach(this.participants, (key, participant) -> action.accept(participant));
	}

	List<ParticipantChanged> participantsOf(long sessionId) {
		List<ParticipantChanged> found = new ArrayList<>();
		try (KeyValueIterator<String, ParticipantChanged> rows = this.participants.prefixScan("s" + sessionId + ":",
				new StringSerializer())) {
			rows.forEachRemaining((row) -> found.add(row.value));
		}
		return found;
	}

	StudentChanged student(long userId) {
		return this.recentStudents.get(userId, (id) -> this.students.get(Long.toString(id)));
	}

	void putStudent(StudentChanged student) {
		this.students.put(Long.toString(student.userId()), student);
		this.recentStudents.put(student.userId(), student);
	}

	Map<Long, SeasonRecord> seasonOf(long courseInstanceId) {
		Map<Long, SeasonRecord> season = new HashMap<>();
		String prefix = "ci" + courseInstanceId + ":u";
		try (KeyValueIterator<String, SeasonRecord> rows = this.seasons.prefixScan(prefix, new StringSerializer())) {
			rows.forEachRemaining((row) -> season.put(Long.parseLong(row.key.substring(prefix.length())), row.value));
		}
		return season;
	}

	void forEachSeasonRecord(SeasonRecordAction action) {
		forEach(this.seasons, (key, record) -> {
			int user = key.indexOf(":u");
			action.accept(Long.parseLong(key.substring(2, user)), Long.parseLong(key.substring(user + 2)), record);
		});
	}

	void putSeasonRecord(long courseInstanceId, long userId, SeasonRecord record) {
		this.seasons.put("ci" + courseInstanceId + ":u" + userId, record);
	}

	CourseInstanceRecord courseInstance(long courseInstanceId) {
		return this.courseInstances.get(Long.toString(courseInstanceId));
	}

	void putCourseInstance(long courseInstanceId, CourseInstanceRecord record) {
		this.courseInstances.put(Long.toString(courseInstanceId), record);
	}

	void forEachCourseInstance(BiConsumer<Long, CourseInstanceRecord> action) {
		forEach(this.courseInstances, (key, record) -> action.accept(Long.parseLong(key), record));
	}

	long nextBoardVersion(String boardId) {
		Long previous = this.recentBoardVersions.get(boardId, this.boardVersions::get);
		long next = (previous != null) ? previous + 1 : 1;
		this.boardVersions.put(boardId, next);
		this.recentBoardVersions.put(boardId, next);
		return next;
	}

	/**
	 * Notes that a board changed and waits for its coalesced snapshot, so that the
	 * snapshot is published even if the task moves or crashes first.
	 * @param boardId the board
	 * @param since when it changed
	 */
	void markPending(String boardId, long since) {
		this.pendingBoards.put(boardId, since);
	}

	void clearPending(String boardId) {
		this.pendingBoards.delete(boardId);
	}

	void forEachPending(Consumer<String> action) {
		forEach(this.pendingBoards, (boardId, since) -> action.accept(boardId));
	}

	private static <V> void forEach(KeyValueStore<String, V> store, BiConsumer<String, V> action) {
		try (KeyValueIterator<String, V> rows = store.all()) {
			while (rows.hasNext()) {
				KeyValue<String, V> row = rows.next();
				action.accept(row.key, row.value);
			}
		}
	}

	@FunctionalInterface
	interface SeasonRecordAction {

		void accept(long courseInstanceId, long userId, SeasonRecord record);

	}

	private static String participantKey(long sessionId, long participantId) {
		return "s" + sessionId + ":p" + participantId;
	}

}
