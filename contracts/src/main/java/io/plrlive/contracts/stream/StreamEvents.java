package io.plrlive.contracts.stream;

/**
 * Names of the server-sent events on a course instance's stream, as a browser's
 * {@code EventSource.addEventListener} uses them.
 */
public final class StreamEvents {

	/** Who the stream is for: a {@link StreamViewer}, first on every connection. */
	public static final String VIEWER = "viewer";

	/** One board's full snapshot, the value of the scores topic. */
	public static final String BOARD = "board";

	/**
	 * The viewer's own achievements in the course instance: {@link ViewerAchievements}.
	 */
	public static final String ACHIEVEMENTS = "achievements";

	/** How many browsers watch the course instance: {@link ViewerCount}. */
	public static final String VIEWERS = "viewers";

	/**
	 * Sent when the gateway shuts down: the browser should reconnect, and the load
	 * balancer sends it to another replica.
	 */
	public static final String RECONNECT = "reconnect";

	private StreamEvents() {
	}

}
