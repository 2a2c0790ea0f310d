package io.plrlive.gateway.stream;

/**
 * Ends the stream of a browser that stayed behind for longer than allowed.
 */
class SlowSubscriberException extends RuntimeException {

	SlowSubscriberException(long courseInstanceId) {
		super("Stream of course instance " + courseInstanceId + " closed: the browser stayed behind", null, false,
				false);
	}

}
