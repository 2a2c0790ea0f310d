package io.plrlive.capture.mapping;

/**
 * A captured row or payload that cannot become an event: an unknown table, a missing key,
 * garbage, an out-of-range value. Its message is the reason recorded in the dead-letter
 * topic.
 */
public class UnmappableRowException extends RuntimeException {

	public UnmappableRowException(String reason) {
		super(reason);
	}

	public UnmappableRowException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
