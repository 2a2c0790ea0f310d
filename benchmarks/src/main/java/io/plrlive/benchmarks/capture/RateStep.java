package io.plrlive.benchmarks.capture;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;

/**
 * What one run at one offered rate observed: a warm-up, then a measured window. Latency
 * is measured for the changes committed inside the window, however late against their
 * schedule (the writers' lag is recorded on its own); throughput counts the commits and
 * the deliveries that happened inside it.
 */
final class RateStep {

	private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

	private final int offeredRate;

	private final int writers;

	private final long windowStart;

	private final long windowEnd;

	// Guarded by itself: recorded by the consumer thread and, for early arrivals, by the
	// writers.
	private final Histogram latency = new Histogram(HIGHEST_MICROS, 3);

	// Guarded by itself: how late each measured change was committed against its
	// schedule.
	private final Histogram commitDelay = new Histogram(HIGHEST_MICROS, 3);

	private final LongAdder committed = new LongAdder();

	private final LongAdder deliveredInWindow = new LongAdder();

	private final LongAdder earlyArrivals = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private final LongAdder skipped = new LongAdder();

	private final LongAdder registered = new LongAdder();

	private final LongAdder matched = new LongAdder();

	private final LongAccumulator firstArrival = new LongAccumulator(Math::min, Long.MAX_VALUE);

	private final LongAccumulator lastArrival = new LongAccumulator(Math::max, Long.MIN_VALUE);

	RateStep(int offeredRate, int writers, long windowStart, Duration window) {
		this.offeredRate = offeredRate;
		this.writers = writers;
		this.windowStart = windowStart;
		this.windowEnd = windowStart + window.toNanos();
	}

	int offeredRate() {
		return this.offeredRate;
	}

	long windowEnd() {
		return this.windowEnd;
	}

	/**
	 * Whether a change scheduled at this instant is measured.
	 * @param scheduledNanos the change's place on the timeline
	 * ({@link System#nanoTime()})
	 * @return {@code true} inside the window
	 */
	boolean measures(long scheduledNanos) {
		return scheduledNanos >= this.windowStart && scheduledNanos < this.windowEnd;
	}

	void committed(long scheduledNanos, long committedNanos) {
		this.committed.increment();
		synchronized (this.commitDelay) {
			this.commitDelay.recordValue(micros(committedNanos - scheduledNanos));
		}
	}

	/** A commit of this step was handed to the tracker. */
	void registered() {
		this.registered.increment();
	}

	/**
	 * Changes of this step committed and not yet matched with their arrival, counted
	 * without scanning the tracker, so that waiting for a large backlog costs nothing.
	 * @return how many
	 */
	long outstanding() {
		return this.registered.sum() - this.matched.sum();
	}

	void delivered(long committedNanos, long arrivedNanos, boolean measured) {
		this.matched.increment();
		this.firstArrival.accumulate(arrivedNanos);
		this.lastArrival.accumulate(arrivedNanos);
		if (arrivedNanos >= this.windowStart && arrivedNanos < this.windowEnd) {
			this.deliveredInWindow.increment();
		}
		if (!measured) {
			return;
		}
		if (arrivedNanos < committedNanos) {
			// The record was consumed before the writer's commit call returned: count it
			// as
			// zero, and say how often it happens.
			this.earlyArrivals.increment();
		}
		synchronized (this.latency) {
			this.latency.recordValue(micros(arrivedNanos - committedNanos));
		}
	}

	/**
	 * Time from the first to the last arrival of the step's changes, measured or not.
	 * @return the span, zero before two arrivals
	 */
	Duration arrivalSpan() {
		long first = this.firstArrival.get();
		long last = this.lastArrival.get();
		return (last > first) ? Duration.ofNanos(last - first) : Duration.ZERO;
	}

	/**
	 * The last arrival of the step's changes.
	 * @return its {@link System#nanoTime()}, or {@link Long#MIN_VALUE} before any
	 */
	long lastArrival() {
		return this.lastArrival.get();
	}

	/**
	 * Whether nothing failed or was skipped.
	 * @return {@code true} if every scheduled change was written
	 */
	boolean complete() {
		return this.failed.sum() == 0 && this.skipped.sum() == 0;
	}

	void failed() {
		this.failed.increment();
	}

	void skipped(long changes) {
		this.skipped.add(changes);
	}

	/**
	 * The step's figures.
	 * @param path the path measured
	 * @param delay the server setting
	 * @param lost measured changes still not delivered when the step ended
	 * @return the result
	 */
	StepResult result(CapturePathUnderTest path, WalWriterDelay delay, long lost) {
		double seconds = (this.windowEnd - this.windowStart) / 1e9;
		synchronized (this.latency) {
			synchronized (this.commitDelay) {
				return new StepResult(path, delay, this.offeredRate, this.writers, this.committed.sum() / seconds,
						this.deliveredInWindow.sum() / seconds, this.latency.getTotalCount(),
						millis(this.latency.getValueAtPercentile(50)), millis(this.latency.getValueAtPercentile(99)),
						millis(this.latency.getValueAtPercentile(99.9)), millis(this.latency.getMaxValue()),
						millis(this.commitDelay.getValueAtPercentile(99)), lost, this.failed.sum(), this.skipped.sum(),
						this.earlyArrivals.sum());
			}
		}
	}

	private static long micros(long nanos) {
		return Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
	}

	private static double millis(long micros) {
		return micros / 1000.0;
	}

}
