package io.plrlive.gateway.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.gateway.problem.Refusal;

/**
 * The refusals of a request without a valid stream token: 401 with a
 * {@code WWW-Authenticate} challenge (RFC 6750), and 403 for a page of an origin that is
 * not allowed.
 */
final class AccessRefusals {

	private AccessRefusals() {
	}

	static Refusal tokenRequired() {
		return Refusal
			.of(HttpStatus.UNAUTHORIZED,
					"A stream token is required: the " + StreamToken.COOKIE
							+ " cookie that web-ui sets, or an Authorization: Bearer header.")
			.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	static Refusal tokenRefused(String reason) {
		return Refusal.of(HttpStatus.UNAUTHORIZED, "The stream token was refused: " + reason)
			.withHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_token\", error_description=\"" + reason.replace('"', '\'') + "\"");
	}

	static Refusal originNotAllowed(String origin) {
		return Refusal.of(HttpStatus.FORBIDDEN, "Pages from " + origin + " may not open streams here.");
	}

}
