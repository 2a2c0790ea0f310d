package io.plrlive.contracts.stream;

import java.time.Instant;
import java.util.Objects;

/**
 * How many streams of a course instance one gateway replica holds, as that replica
 * reports it on the viewer counts topic, so that every replica shows the total. A replica
 * repeats its non-zero counts periodically; a count not repeated for a while belongs to a
 * replica that is gone.
 *
 * @param replicaId the reporting replica, unique per process start
 * @param courseInstanceId the course instance
 * @param viewers the replica's open streams of it
 * @param at when the replica counted
 */
public record ReplicaViewers(String replicaId, long courseInstanceId, int viewers, Instant at) {

	public ReplicaViewers {
		Objects.requireNonNull(replicaId, "replicaId");
		Objects.requireNonNull(at, "at");
		if (viewers < 0) {
			throw new IllegalArgumentException("viewers must not be negative but was " + viewers);
		}
	}

	/**
	 * The record key: replica and course instance.
	 * @return e.g. {@code gateway-3fa9c1:12}
	 */
	public String key() {
		return this.replicaId + ":" + this.courseInstanceId;
	}

}
