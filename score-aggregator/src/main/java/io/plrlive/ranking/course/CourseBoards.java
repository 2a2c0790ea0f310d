package io.plrlive.ranking.course;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;
import io.plrlive.contracts.deadletter.DeadLetter;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.ranking.season.CourseInstanceRecord;
import io.plrlive.ranking.topology.CourseEvent;
import io.plrlive.ranking.topology.Publication;
import io.plrlive.ranking.topology.RankingMetrics;
import io.plrlive.ranking.topology.RankingSettings;

/**
 * The single writer of its courses' boards: applies each row once (highest version per
 * key), keeps the live boards current, schedules closed sessions for finalizing, and
 * publishes snapshots through the {@link SnapshotPublisher}.
 */
public final class CourseBoards implements Processor<String, CourseEvent, String, Publication> {

	private static final Logger log = LoggerFactory.getLogger(CourseBoards.class);

	private final RankingSettings settings;

	private final RankingMetrics metrics;

	private ProcessorContext<String, Publication> context;

	private CourseStores stores;

	private Boards boards;

	private SnapshotPublisher publisher;

	private SessionCloser closer;

	private ParticipantsAwaitingSession awaitingSession;

	private CourseBoards(RankingSettings settings, RankingMetrics metrics) {
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * A supplier of the processor, with the stores it uses.
	 * @param settings the topology's settings
	 * @param metrics what it counts
	 * @return the supplier
	 */
	public static ProcessorSupplier<String, CourseEvent, String, Publication> supplier(RankingSettings settings,
			RankingMetrics metrics) {
		return () -> new CourseBoards(settings, metrics);
	}

	@Override
	public void init(ProcessorContext<String, Publication> context) {
		this.context = context;
		this.stores = new CourseStores(context);
		this.boards = Boards.loadFrom(this.stores);
		this.publisher = new SnapshotPublisher(context, this.stores, this.boards, this.settings, this.metrics);
		this.closer = new SessionCloser(context, this.stores, this.boards, this.publisher, this.settings, this.metrics);
		this.publisher.restore();
		this.closer.restore();
		this.awaitingSession = new ParticipantsAwaitingSession(context, this.stores, this.settings);
		this.awaitingSession.restore();
		context.schedule(tick(this.settings.snapshotInterval()), PunctuationType.WALL_CLOCK_TIME, (now) -> {
			this.closer.finalizeDue();
			this.publisher.publishDue();
			this.awaitingSession.giveUpOnOverdue((participant, reason) -> reject(Topics.PARTICIPANT_CHANGES,
					"key " + participant.participantId(), participant, reason));
		});
		log.info("Course task {} started with the boards of its stores", context.taskId());
	}

	// Often enough that a coalesced snapshot is not held much longer than its interval.
	private static Duration tick(Duration snapshotInterval) {
		Duration fifth = snapshotInterval.dividedBy(5);
		return (fifth.toMillis() < 1) ? Duration.ofMillis(1)
				: (fifth.compareTo(Duration.ofMillis(10)) > 0) ? Duration.ofMillis(10) : fifth;
	}

	@Override
	public void process(Record<String, CourseEvent> record) {
		CourseEvent event = record.value();
		this.publisher.arrived(record.timestamp());
		if (event instanceof CourseEvent.Session session) {
			applySession(session);
		}
		else if (event instanceof CourseEvent.Participant participant) {
			applyParticipant(participant);
		}
		else if (event instanceof CourseEvent.Student student) {
			applyStudent(student.row());
		}
		if (this.settings.closeGrace().isZero()) {
			this.closer.finalizeDue();
		}
	}

	private void applySession(CourseEvent.Session event) {
		LiveSessionChanged row = event.row();
		SessionState stored = this.stores.session(row.sessionId());
		if (stored != null && row.version() <= stored.row().version()) {
			this.metrics.duplicateDropped();
			return;
		}
		if (row.deleted()) {
			reject(event, Topics.LIVE_SESSION_CHANGES, "session " + row.sessionId()
					+ " was deleted; sessions are never deleted, closed ones stay as history");
			return;
		}
		SessionState session = new SessionState(row, stored != null && stored.finalized());
		this.stores.putSession(session);
		this.awaitingSession.arrived(row.sessionId());
		showOnLiveBoard(session);
		if (session.awaitsFinalizing()) {
			this.closer.closed(row);
		}
	}

	private void showOnLiveBoard(SessionState session) {
		LiveSessionChanged row = session.row();
		CourseInstanceRecord courseInstance = this.stores.courseInstance(row.courseInstanceId());
		if (courseInstance == null) {
			courseInstance = new CourseInstanceRecord(row.courseId(), 0, 0);
		}
		LiveBoard shown = this.boards.live(row.courseInstanceId());
		if (shown == null || (shown.sessionId() != row.sessionId() && !shown.showsLaterThan(row))) {
			BoardId live = BoardId.live(row.courseInstanceId());
			this.boards.showLive(row.courseInstanceId(),
					new LiveBoard(session, this.stores.participantsOf(row.sessionId())));
			courseInstance = courseInstance.showing(row.sessionId());
			this.publisher.startAfresh(live);
			this.publisher.changed(live);
		}
		this.stores.putCourseInstance(row.courseInstanceId(), courseInstance);
	}

	private void applyParticipant(CourseEvent.Participant event) {
		ParticipantChanged row = event.row();
		ParticipantChanged stored = this.stores.participant(row.sessionId(), row.participantId());
		if (stored != null && row.version() <= stored.version()) {
			this.metrics.duplicateDropped();
			return;
		}
		SessionState session = this.stores.session(row.sessionId());
		if (session == null) {
			this.awaitingSession.keep(row);
			return;
		}
		if (session.finalized()) {
			reject(event, Topics.PARTICIPANT_CHANGES, "participant " + row.participantId() + " changed after session "
					+ row.sessionId() + " was closed and its final standings published");
			return;
		}
		this.stores.putParticipant(row);
		LiveBoard live = this.boards.live(row.courseInstanceId());
		if (live != null && live.sessionId() == row.sessionId() && live.apply(row)) {
			this.publisher.changed(BoardId.live(row.courseInstanceId()));
		}
	}

	private void applyStudent(StudentChanged row) {
		StudentChanged stored = this.stores.student(row.userId());
		if (stored != null && row.version() <= stored.version()) {
			this.metrics.duplicateDropped();
			return;
		}
		this.stores.putStudent(row);
		if (stored == null || !stored.displayName().equals(row.displayName())
				|| !stored.handle().equals(row.handle())) {
			this.boards.boardsOf(row.userId()).forEach(this.publisher::changed);
		}
	}

	private void reject(CourseEvent event, TopicSpec<String, ? extends RowChange> source, String reason) {
		reject(source, event.position(), event.row(), reason);
	}

	private void reject(TopicSpec<String, ? extends RowChange> source, String position, RowChange row, String reason) {
		log.warn("Rejected the row at {}: {}", position, reason);
		this.metrics.deadLettered(source.name());
		String payload = JsonSerde.mapper().writeValueAsString(row);
		long now = this.context.currentSystemTimeMs();
		this.context.forward(
				new Record<>(source.name(),
						new Publication.Rejected(
								new DeadLetter(source.name(), position, reason, payload, Instant.ofEpochMilli(now))),
						now));
	}

}
