package io.plrlive.contracts.stream;

/**
 * The {@value StreamEvents#VIEWERS} event: open streams of a course instance.
 *
 * @param courseInstanceId the course instance
 * @param viewers number of connected browsers
 */
public record ViewerCount(long courseInstanceId, int viewers) {

	public ViewerCount {
		if (viewers < 0) {
			throw new IllegalArgumentException("viewers must not be negative but was " + viewers);
		}
	}

}
