package io.plrlive.ranking.course;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.ranking.topology.Publication;
import io.plrlive.ranking.topology.RankingSettings;

/**
 * Participant rows whose session has not arrived yet. The change topics are read
 * partition by partition, so a session's row can reach the course task after the first
 * score changes of its students; they are kept in the participants store, where the
 * session's live board finds them once it opens. Rows of a session that does not arrive
 * within {@link RankingSettings#unknownSessionWait()} go to the dead-letter topic.
 */
final class ParticipantsAwaitingSession {

	private static final Logger log = LoggerFactory.getLogger(ParticipantsAwaitingSession.class);

	private final ProcessorContext<String, Publication> context;

	private final CourseStores stores;

	private final RankingSettings settings;

	private final Map<Long, Long> waitingSince = new HashMap<>();

	ParticipantsAwaitingSession(ProcessorContext<String, Publication> context, CourseStores stores,
			RankingSettings settings) {
		this.context = context;
		this.stores = stores;
		this.settings = settings;
	}

	/**
	 * Waits again, from now, for the sessions of rows kept before the task (re)started.
	 */
	void restore() {
		Set<Long> unknown = new HashSet<>();
		this.stores.forEachParticipant((participant) -> {
			if (!unknown.contains(participant.sessionId()) && this.stores.session(participant.sessionId()) == null) {
				unknown.add(participant.sessionId());
			}
		});
		unknown.forEach(this::waitFor);
		if (!unknown.isEmpty()) {
			log.info("Participants of {} sessions not seen yet wait for them", unknown.size());
		}
	}

	/**
	 * Keeps a participant row until its session arrives.
	 * @param participant a row of a session not seen yet
	 */
	void keep(ParticipantChanged participant) {
		this.stores.putParticipant(participant);
		waitFor(participant.sessionId());
	}

	private void waitFor(long sessionId) {
		this.waitingSince.putIfAbsent(sessionId, this.context.currentSystemTimeMs());
	}

	/**
	 * Stops waiting for a session that arrived.
	 * @param sessionId the session
	 */
	void arrived(long sessionId) {
		this.waitingSince.remove(sessionId);
	}

	/**
	 * Removes the rows of sessions that did not arrive in time.
	 * @param rejection what happens to each removed row
	 */
	void giveUpOnOverdue(Rejection rejection) {
		if (this.waitingSince.isEmpty()) {
			return;
		}
		long deadline = this.context.currentSystemTimeMs() - this.settings.unknownSessionWait().toMillis();
		List<Long> overdue = this.waitingSince.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() <= deadline)
			.map(Map.Entry::getKey)
			.toList();
		for (long sessionId : overdue) {
			this.waitingSince.remove(sessionId);
			for (ParticipantChanged participant : this.stores.participantsOf(sessionId)) {
				this.stores.deleteParticipant(participant);
				rejection.reject(participant,
						"participant " + participant.participantId() + " belongs to session " + sessionId
								+ ", which is not known (waited " + this.settings.unknownSessionWait().toSeconds()
								+ " s for it)");
			}
		}
	}

	/** What happens to a row given up on. */
	@FunctionalInterface
	interface Rejection {

		void reject(ParticipantChanged participant, String reason);

	}

}
