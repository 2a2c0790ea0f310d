package io.plrlive.benchmarks.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Commit-to-browser latencies of the changes a subscriber received: when an event shows a
 * course instance's changes up to a newer one than the subscriber had, each change in
 * between counts as delivered at the event's receipt.
 */
public final class DeliveryLatencies {

	private final CommitLog commits;

	private final Recorder latencies = new Recorder(3);

	private final AtomicInteger early = new AtomicInteger();

	/**
	 * Latencies against the commits of a commit log.
	 * @param commits when each change's commit returned
	 */
	public DeliveryLatencies(CommitLog commits) {
		this.commits = commits;
	}

	/**
	 * Records the changes of a course instance after one and up to another as delivered.
	 * @param courseIndex the course instance
	 * @param after the newest change the subscriber had before
	 * @param newest the newest change the event shows
	 * @param receivedNanos when the event arrived ({@code System.nanoTime()})
	 */
	public void delivered(int courseIndex, int after, int newest, long receivedNanos) {
		for (int change = after + 1; change <= newest; change++) {
			long committed = this.commits.commitNanos(courseIndex, change);
			if (committed == 0 || committed > receivedNanos) {
				this.early.incrementAndGet();
				this.latencies.recordValue(0);
			}
			else {
				this.latencies.recordValue((receivedNanos - committed) / 1000);
			}
		}
	}

	/**
	 * The latencies recorded since the previous call, in microseconds.
	 * @return a histogram of its own
	 */
	public Histogram sinceLastCall() {
		return this.latencies.getIntervalHistogram();
	}

	/**
	 * Deliveries that arrived before the writer's commit call had returned, recorded as
	 * 0.
	 * @return how many
	 */
	public int early() {
		return this.early.get();
	}

}
