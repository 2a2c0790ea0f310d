package io.plrlive.gateway.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import io.plrlive.contracts.stream.StreamToken;

/**
 * The person behind a stream, as their stream token names them.
 *
 * @param handle their opaque handle
 * @param role {@code student} or {@code staff}
 * @param courseInstances the course instances they may watch
 */
public record Viewer(String handle, String role, Set<Long> courseInstances) {

	public Viewer {
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(role, "role");
		courseInstances = Set.copyOf(courseInstances);
	}

	/**
	 * Reads a token that {@link StreamTokenClaims} has validated.
	 * @param token the token
	 * @return the viewer
	 */
	public static Viewer of(Jwt token) {
		Set<Long> courseInstances = new LinkedHashSet<>();
		List<?> ids = token.getClaim(StreamToken.COURSE_INSTANCES_CLAIM);
		for (Object id : ids) {
			courseInstances.add(((Number) id).longValue());
		}
		return new Viewer(token.getSubject(), token.getClaimAsString(StreamToken.ROLE_CLAIM), courseInstances);
	}

	/**
	 * Whether the token names a course instance.
	 * @param courseInstanceId the course instance
	 * @return true if the viewer may watch it
	 */
	public boolean mayWatch(long courseInstanceId) {
		return this.courseInstances.contains(courseInstanceId);
	}

}
