package io.plrlive.gateway.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.stream.ReplicaViewers;

/**
 * Reports this replica's viewer counts on the viewer counts topic, so that every replica
 * shows the total: a count when it changes, every non-zero count again every
 * {@link #REPEAT} (a count not repeated within {@link #STALE_AFTER} is taken for a gone
 * replica's), and a tombstone when a course instance has no viewer here any more or the
 * replica stops.
 */
final class ViewerCountReports {

	/** How often unchanged non-zero counts are reported again. */
	static final Duration REPEAT = Duration.ofSeconds(10);

	/** Age after which another replica's count no longer counts. */
	static final Duration STALE_AFTER = REPEAT.multipliedBy(3);

	private static final Logger logger = LoggerFactory.getLogger(ViewerCountReports.class);

	private final String replicaId;

	private final Producer<String, ReplicaViewers> producer;

	private final Map<Long, Integer> reported = new HashMap<>();

	private Instant lastRepeat = Instant.EPOCH;

	ViewerCountReports(String replicaId, Producer<String, ReplicaViewers> producer) {
		this.replicaId = replicaId;
		this.producer = producer;
	}

	String replicaId() {
		return this.replicaId;
	}

	/**
	 * Reports what changed, and repeats everything when due.
	 * @param localCounts this replica's viewers per course instance, without zeros
	 * @param now the current time
	 */
	synchronized void report(Map<Long, Integer> localCounts, Instant now) {
		boolean repeat = !now.isBefore(this.lastRepeat.plus(REPEAT));
		if (repeat) {
			this.lastRepeat = now;
		}
		localCounts.forEach((courseInstanceId, viewers) -> {
			Integer previous = this.reported.put(courseInstanceId, viewers);
			if (repeat || !viewers.equals(previous)) {
				send(courseInstanceId, new ReplicaViewers(this.replicaId, courseInstanceId, viewers, now));
			}
		});
		Iterator<Long> courseInstances = this.reported.keySet().iterator();
		while (courseInstances.hasNext()) {
			long courseInstanceId = courseInstances.next();
			if (!localCounts.containsKey(courseInstanceId)) {
				courseInstances.remove();
				send(courseInstanceId, null);
			}
		}
	}

	/**
	 * Withdraws every count this replica reported, as it stops.
	 */
	synchronized void withdrawAll() {
		this.reported.keySet().forEach((courseInstanceId) -> send(courseInstanceId, null));
		this.reported.clear();
		this.producer.flush();
	}

	void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

	private void send(long courseInstanceId, ReplicaViewers report) {
		String key = this.replicaId + ":" + courseInstanceId;
		this.producer.send(new ProducerRecord<>(Topics.VIEWER_COUNTS.name(), key, report), (metadata, failure) -> {
			if (failure != null) {
				logger.warn("Could not report the viewer count of course instance {}: {}", courseInstanceId,
						failure.getMessage());
			}
		});
	}

}
