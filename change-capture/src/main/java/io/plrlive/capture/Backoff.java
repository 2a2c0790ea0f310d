package io.plrlive.capture;

import java.time.Duration;

/**
 * Exponential backoff between reconnection or restart attempts: doubles from
 * {@code initial} up to {@code max}.
 *
 * @param initial delay before the first retry
 * @param max longest delay
 */
public record Backoff(Duration initial, Duration max) {

	public Backoff {
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
		}
	}

	/**
	 * The delay before retry number {@code attempt}.
	 * @param attempt 1 for the first retry
	 * @return the delay
	 */
	public Duration delay(int attempt) {
		int doublings = Math.min(Math.max(attempt - 1, 0), 30);
		long millis = this.initial.toMillis() << doublings;
		return (millis <= 0 || millis > this.max.toMillis()) ? this.max : Duration.ofMillis(millis);
	}

}
