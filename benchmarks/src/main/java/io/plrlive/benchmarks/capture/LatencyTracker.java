package io.plrlive.benchmarks.capture;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches each committed change, identified by participant id and row version, with its
 * first arrival in Kafka. Whichever side comes first waits in one map, so a record read
 * before the writer's commit call returned is still matched; later duplicates of a
 * matched change are ignored.
 */
final class LatencyTracker {

	private final ConcurrentHashMap<Long, Object> unmatched = new ConcurrentHashMap<>();

	/**
	 * The key of one change: participant ids and versions of a benchmark stay far below
	 * 2^31 and 2^32.
	 * @param participantId the participant row
	 * @param version the row version the change produced
	 * @return the key
	 */
	static long key(long participantId, long version) {
		return (participantId << 32) | version;
	}

	void committed(long key, long committedNanos, RateStep step, boolean measured) {
		step.registered();
		this.unmatched.compute(key, (k, seen) -> {
			if (seen instanceof Arrival arrival) {
				step.delivered(committedNanos, arrival.nanos(), measured);
				return null;
			}
			return new Commit(committedNanos, step, measured);
		});
	}

	void arrived(long key, long arrivedNanos) {
		this.unmatched.compute(key, (k, seen) -> {
			if (seen instanceof Commit commit) {
				commit.step().delivered(commit.nanos(), arrivedNanos, commit.measured());
				return null;
			}
			// Either the commit call has not returned yet, or this is a change the
			// benchmark did not make (or a duplicate): keep the first arrival.
			return (seen != null) ? seen : new Arrival(arrivedNanos);
		});
	}

	/**
	 * Changes of a step committed but not yet seen in Kafka.
	 * @param step the step
	 * @return how many
	 */
	long outstanding(RateStep step) {
		return step.outstanding();
	}

	/**
	 * Changes of any step committed but not yet seen in Kafka.
	 * @return how many
	 */
	long outstanding() {
		return this.unmatched.values().stream().filter(Commit.class::isInstance).count();
	}

	private record Commit(long nanos, RateStep step, boolean measured) {
	}

	private record Arrival(long nanos) {
	}

}
