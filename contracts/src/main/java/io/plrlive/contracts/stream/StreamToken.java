package io.plrlive.contracts.stream;

/**
 * The signed, short-lived token with which a browser opens a stream: a JWT (HS256, key
 * shared by web-ui and sse-gateway) that web-ui issues after login. The browser sends it
 * in the {@value #COOKIE} cookie (HttpOnly, so page scripts never see it) or, outside a
 * browser, as an {@code Authorization: Bearer} header.
 */
public final class StreamToken {

	/** Cookie that carries the token. */
	public static final String COOKIE = "plr_stream_token";

	/** {@code iss} of every token, web-ui. */
	public static final String ISSUER = "plr-live-web-ui";

	/** {@code aud} of every token, the gateway. */
	public static final String AUDIENCE = "plr-live-sse-gateway";

	/** {@code sub}: the viewer's opaque handle, never a user id. */
	public static final String HANDLE_CLAIM = "sub";

	/** The viewer's role: {@link #STUDENT} or {@link #STAFF}. */
	public static final String ROLE_CLAIM = "role";

	/** The course instances the viewer may watch, as an array of ids. */
	public static final String COURSE_INSTANCES_CLAIM = "course_instances";

	/** Role of a student. */
	public static final String STUDENT = "student";

	/** Role of course staff. */
	public static final String STAFF = "staff";

	private StreamToken() {
	}

}
