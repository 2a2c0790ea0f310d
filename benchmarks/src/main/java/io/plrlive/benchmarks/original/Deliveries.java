package io.plrlive.benchmarks.original;

import java.time.Duration;

import org.HdrHistogram.Histogram;

import io.plrlive.benchmarks.pipeline.BoardSubscribers;

/**
 * What a rate of the ladder reads from a design's subscribers, the same for both designs.
 */
interface Deliveries {

	/**
	 * The commit-to-browser latencies recorded since the previous call.
	 * @return microseconds, one per change and subscriber of its course instance
	 */
	Histogram latencies();

	/**
	 * Waits, at most a while, until every subscriber has seen the newest change of its
	 * course instance.
	 * @param timeout the longest wait
	 * @return changes not yet delivered, summed over the subscribers
	 */
	long awaitDelivered(Duration timeout);

	/**
	 * Streams that ended after they opened.
	 * @return how many
	 */
	int ended();

	/**
	 * Deliveries that arrived before the writer's commit call had returned, counted as 0.
	 * @return how many
	 */
	int early();

	static Deliveries of(BoardSubscribers subscribers) {
		return new Deliveries() {

			@Override
			public Histogram latencies() {
				return subscribers.latencies();
			}

			@Override
			public long awaitDelivered(Duration timeout) {
				return subscribers.awaitDelivered(timeout);
			}

			@Override
			public int ended() {
				return subscribers.ended();
			}

			@Override
			public int early() {
				return subscribers.early();
			}

		};
	}

}
