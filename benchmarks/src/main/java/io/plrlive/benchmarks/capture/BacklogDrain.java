package io.plrlive.benchmarks.capture;

import java.time.Duration;

/**
 * How fast the CDC path works off a backlog: changes committed while change-capture was
 * stopped, then read from the replication slot once it is back. The database is idle
 * meanwhile, so the rate is what capture, the broker and the reader reach on their own.
 *
 * @param changes changes in the backlog
 * @param writers connections that wrote it
 * @param written how long writing the backlog took, with nothing capturing
 * @param restartToLastArrival from starting change-capture again to the last change's
 * arrival in Kafka, start-up included
 * @param firstToLastArrival from the first change's arrival to the last one's
 */
record BacklogDrain(long changes, int writers, Duration written, Duration restartToLastArrival,
		Duration firstToLastArrival) {

	/**
	 * Changes per second while the backlog was written.
	 * @return the rate
	 */
	double writtenRate() {
		return perSecond(this.changes, this.written);
	}

	/**
	 * Changes per second from first to last arrival: the drain rate.
	 * @return the rate
	 */
	double drainedRate() {
		return perSecond(this.changes - 1, this.firstToLastArrival);
	}

	private static double perSecond(long changes, Duration duration) {
		return changes / (duration.toNanos() / 1e9);
	}

}
