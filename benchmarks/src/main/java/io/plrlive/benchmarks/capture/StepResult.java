package io.plrlive.benchmarks.capture;

/**
 * The figures of one run at one offered rate. Latencies are in milliseconds, from the
 * moment the writer's commit returned to the moment the record was read from
 * {@code plr.participant-changes}; rates are per second of the measured window.
 *
 * @param path the capture path measured
 * @param delay the server's {@code wal_writer_delay}
 * @param offeredRate changes per second the schedule asked for
 * @param writers writer connections of the load generator
 * @param committedRate changes per second the writers committed in the window
 * @param deliveredRate changes per second of this step that arrived in Kafka in the
 * window
 * @param samples measured changes delivered
 * @param p50 median latency
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param max highest latency
 * @param commitDelayP99 99th percentile of commit time minus scheduled time: how far the
 * writers fell behind their schedule
 * @param lost measured changes not delivered by the end of the drain
 * @param failed writes that failed
 * @param skipped scheduled changes not written by the end of the window because the
 * writers fell behind
 * @param early deliveries seen before the writer's commit call returned (counted as 0)
 */
record StepResult(CapturePathUnderTest path, WalWriterDelay delay, int offeredRate, int writers, double committedRate,
		double deliveredRate, long samples, double p50, double p99, double p999, double max, double commitDelayP99,
		long lost, long failed, long skipped, long early) {

	/** Fraction of the offered rate that must be committed and delivered to hold it. */
	static final double HELD_FRACTION = 0.95;

	/** Highest p99, in milliseconds, at which a rate still counts as held. */
	static final double HELD_P99_MILLIS = 1000;

	/**
	 * Whether the pipeline kept up: at least 95% of the offered rate committed and
	 * delivered, nothing lost or failed and p99 at most 1 s.
	 * @return {@code true} if the rate was held
	 */
	boolean held() {
		double needed = this.offeredRate * HELD_FRACTION;
		return this.samples > 0 && this.committedRate >= needed && this.deliveredRate >= needed && this.lost == 0
				&& this.failed == 0 && this.p99 <= HELD_P99_MILLIS;
	}

}
