package io.plrlive.contracts.stream;

import java.util.Objects;

/**
 * The {@value StreamEvents#VIEWER} event: whom a stream serves, so that the page finds
 * the viewer's own rows by handle.
 *
 * @param handle the viewer's opaque handle, as on board entries
 * @param role {@code student} or {@code staff}
 * @param courseId course of the course instance, whose all-time board the stream carries
 * @param courseInstanceId the course instance streamed
 */
public record StreamViewer(String handle, String role, long courseId, long courseInstanceId) {

	public StreamViewer {
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(role, "role");
	}

}
