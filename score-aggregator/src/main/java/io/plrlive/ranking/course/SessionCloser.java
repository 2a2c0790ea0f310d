package io.plrlive.ranking.course;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.ranking.board.RankedStanding;
import io.plrlive.ranking.board.Ranking;
import io.plrlive.ranking.season.CourseInstanceRecord;
import io.plrlive.ranking.season.SessionRollUp;
import io.plrlive.ranking.season.SessionRollUp.RollUp;
import io.plrlive.ranking.topology.Publication;
import io.plrlive.ranking.topology.RankingMetrics;
import io.plrlive.ranking.topology.RankingSettings;

/**
 * Finalizes closed sessions, each exactly once: a grace period after its close, so that
 * score changes committed before the close but delivered after it still count; then final
 * standings, season roll-up and achievements, all in the same transaction as the flag
 * that marks the session finalized.
 */
final class SessionCloser {

	private static final Logger log = LoggerFactory.getLogger(SessionCloser.class);

	private final ProcessorContext<String, Publication> context;

	private final CourseStores stores;

	private final Boards boards;

	private final SnapshotPublisher publisher;

	private final RankingSettings settings;

	private final RankingMetrics metrics;

	private final Map<Long, Long> dueAt = new HashMap<>();

	SessionCloser(ProcessorContext<String, Publication> context, CourseStores stores, Boards boards,
			SnapshotPublisher publisher, RankingSettings settings, RankingMetrics metrics) {
		this.context = context;
		this.stores = stores;
		this.boards = boards;
		this.publisher = publisher;
		this.settings = settings;
		this.metrics = metrics;
	}

	/** Schedules the sessions that closed before the task (re)started. */
	void restore() {
		this.stores.forEachSession((key, session) -> {
			if (session.awaitsFinalizing()) {
				closed(session.row());
			}
		});
	}

	/**
	 * Schedules a closed session for finalizing.
	 * @param session the closed session
	 */
	void closed(LiveSessionChanged session) {
		this.dueAt.putIfAbsent(session.sessionId(), now() + this.settings.closeGrace().toMillis());
	}

	/**
	 * Finalizes every session whose grace period has passed, in the order they closed.
	 */
	void finalizeDue() {
		long now = now();
		List<SessionState> due = this.dueAt.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() <= now)
			.map((entry) -> this.stores.session(entry.getKey()))
			.filter(SessionState::awaitsFinalizing)
			.sorted(Comparator.comparing((SessionState session) -> session.row().closedAt())
				.thenComparingLong((session) -> session.row().sessionId()))
			.toList();
		due.forEach(this::finalizeSession);
		// Sessions that no longer await finalizing (finalized meanwhile) leave the
		// schedule.
		this.dueAt.keySet().removeIf((sessionId) -> {
			SessionState session = this.stores.session(sessionId);
			return session == null || !session.awaitsFinalizing();
		});
	}

	private void finalizeSession(SessionState session) {
		LiveSessionChanged row = session.row();
		if (session.finalized()) {
			this.dueAt.remove(row.sessionId());
			return;
		}
		List<ParticipantChanged> participants = this.stores.participantsOf(row.sessionId())
			.stream()
			.filter((participant) -> !participant.deleted())
			.toList();
		if (participants.stream().anyMatch((participant) -> this.stores.student(participant.userId()) == null)) {
			log.warn("Session {} waits for the names of its participants before it is finalized", row.sessionId());
			this.dueAt.put(row.sessionId(), now() + this.settings.closeGrace().toMillis());
			return;
		}
		this.dueAt.remove(row.sessionId());
		List<RankedStanding> standings = Ranking.rank(participants.stream().map(LiveBoard::standing).toList(),
				this.stores::student);
		CourseInstanceRecord courseInstance = this.stores.courseInstance(row.courseInstanceId());
		RollUp rollUp = SessionRollUp.apply(row, courseInstance.finalizedSessions() + 1, standings,
				this.stores.seasonOf(row.courseInstanceId()), this.stores::student);
		store(session, courseInstance, rollUp);
		publish(row, rollUp);
		log.info("Finalized session {} of course instance {}: {} participants, {} achievement changes", row.sessionId(),
				row.courseInstanceId(), standings.size(), rollUp.achievements().size());
	}

	private void store(SessionState session, CourseInstanceRecord courseInstance, RollUp rollUp) {
		long courseInstanceId = session.row().courseInstanceId();
		this.boards.seasonStarted(session.row().courseId(), courseInstanceId);
		rollUp.changed().forEach((userId, record) -> {
			this.stores.putSeasonRecord(courseInstanceId, userId, record);
			this.boards.putSeasonRecord(courseInstanceId, userId, record);
		});
		this.stores.putCourseInstance(courseInstanceId, courseInstance.withSessionFinalized());
		this.stores.putSession(session.asFinalized());
		LiveBoard live = this.boards.live(courseInstanceId);
		if (live != null && live.sessionId() == session.row().sessionId()) {
			live.markFinal();
		}
	}

	private void publish(LiveSessionChanged session, RollUp rollUp) {
		long now = now();
		this.context
			.forward(new Record<>(Long.toString(session.sessionId()), new Publication.Results(rollUp.results()), now));
		rollUp.achievements()
			.forEach((change) -> this.context
				.forward(new Record<>(change.key(), new Publication.Achievement(change), now)));
		this.publisher.changed(BoardId.live(session.courseInstanceId()));
		this.publisher.changed(BoardId.seasonal(session.courseInstanceId()));
		this.publisher.changed(BoardId.allTime(session.courseId()));
		this.metrics.sessionFinalized();
	}

	private long now() {
		return this.context.currentSystemTimeMs();
	}

}
