package io.plrlive.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stream thread does when processing throws. Unreadable and rule-breaking records
 * never get here (they go to the dead-letter topic), so an exception is either transient
 * (the broker, a rebalance) or a defect. The thread is replaced, which retries from the
 * last commit without losing or double counting anything under exactly-once; if that
 * happens more than {@value #MAX_REPLACEMENTS} times within {@link #WINDOW}, retrying
 * does not help and the client shuts down, so that health turns DOWN and the orchestrator
 * restarts or alerts.
 */
final class UncaughtExceptionPolicy implements StreamsUncaughtExceptionHandler {

	static final int MAX_REPLACEMENTS = 3;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(UncaughtExceptionPolicy.class);

	private final Clock clock;

	private final Deque<Instant> replacements = new ArrayDeque<>();

	UncaughtExceptionPolicy() {
		this(Clock.systemUTC());
	}

	UncaughtExceptionPolicy(Clock clock) {
		this.clock = clock;
	}

	@Override
	public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
		Instant now = this.clock.instant();
		while (!this.replacements.isEmpty() && this.replacements.peekFirst().isBefore(now.minus(WINDOW))) {
			this.replacements.removeFirst();
		}
		if (this.replacements.size() >= MAX_REPLACEMENTS) {
			log.error("A stream thread failed {} times within {}; shutting the client down", MAX_REPLACEMENTS + 1,
					WINDOW, exception);
			return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
		}
		this.replacements.addLast(now);
		log.error("A stream thread failed; replacing it to retry from the last commit", exception);
		return StreamThreadExceptionResponse.REPLACE_THREAD;
	}

}
