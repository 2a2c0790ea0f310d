package io.plrlive.gateway.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.plrlive.contracts.stream.ReplicaViewers;

/**
 * The viewer counts that the gateway replicas report, per course instance and replica. A
 * count that its replica has not repeated within the staleness limit belongs to a replica
 * that is gone, and is left out of totals.
 */
public final class ReplicaViewerCounts {

	private final Map<Long, Map<String, ReplicaViewers>> counts = new ConcurrentHashMap<>();

	void apply(String key, ReplicaViewers report) {
		if (report != null) {
			this.counts.computeIfAbsent(report.courseInstanceId(), (id) -> new ConcurrentHashMap<>())
				.put(report.replicaId(), report);
			return;
		}
		int colon = (key != null) ? key.lastIndexOf(':') : -1;
		if (colon < 0) {
			throw new IllegalArgumentException(
					"Viewer count key '" + key + "' is not of the form replica:courseInstance");
		}
		long courseInstanceId = Long.parseLong(key.substring(colon + 1));
		this.counts.computeIfPresent(courseInstanceId, (id, replicas) -> {
			replicas.remove(key.substring(0, colon));
			return replicas.isEmpty() ? null : replicas;
		});
	}

	/**
	 * The viewers of a course instance on the other replicas.
	 * @param courseInstanceId the course instance
	 * @param self the asking replica, whose own reports are left out
	 * @param now the current time
	 * @param staleAfter how old a report may be and still count
	 * @return the sum of the other replicas' fresh counts
	 */
	public int othersTotal(long courseInstanceId, String self, Instant now, Duration staleAfter) {
		Map<String, ReplicaViewers> replicas = this.counts.get(courseInstanceId);
		if (replicas == null) {
			return 0;
		}
		Instant oldest = now.minus(staleAfter);
		int total = 0;
		for (ReplicaViewers report : replicas.values()) {
			if (!report.replicaId().equals(self) && report.at().isAfter(oldest)) {
				total += report.viewers();
			}
		}
		return total;
	}

}
