package io.plrlive.web.stream;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.web.WebUiProperties;
import io.plrlive.web.course.CourseAccess;
import io.plrlive.web.identity.CourseRole;
import io.plrlive.web.identity.CourseRoles;
import io.plrlive.web.identity.SignedInUser;
import io.plrlive.web.stream.StreamTokenIssuer.IssuedToken;

/**
 * {@code POST /course-instances/{id}/stream-token}: for staff and students of the course
 * instance, a stream token in an HttpOnly cookie scoped to that course instance's stream
 * on the gateway, and where the stream is. Page scripts never see the token.
 */
@RestController
class StreamTokenController {

	private final CourseAccess access;

	private final CourseRoles roles;

	private final StreamTokenIssuer issuer;

	private final URI gateway;

	private final Duration ttl;

	StreamTokenController(CourseAccess access, CourseRoles roles, WebUiProperties properties) {
		this.access = access;
		this.roles = roles;
		this.issuer = new StreamTokenIssuer(properties.streamToken(), Clock.systemUTC());
		this.gateway = URI.create(properties.gatewayUrl().replaceAll("/+$", ""));
		this.ttl = properties.streamToken().ttl();
	}

	@PostMapping("/course-instances/{courseInstanceId}/stream-token")
	ResponseEntity<StreamTokenGrant> issue(@PathVariable long courseInstanceId,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		CourseRole role = this.access.member(user, courseInstanceId);
		IssuedToken token = this.issuer.issue(this.roles.handleOf(user.userId()),
				(role == CourseRole.STAFF) ? StreamToken.STAFF : StreamToken.STUDENT, courseInstanceId);
		String streamPath = this.gateway.getRawPath() + "/course-instances/" + courseInstanceId + "/stream";
		ResponseCookie cookie = ResponseCookie.from(StreamToken.COOKIE, token.value())
			.httpOnly(true)
			.secure(request.isSecure() || "https".equals(this.gateway.getScheme()))
			.sameSite("Strict")
			.path(streamPath)
			.maxAge(this.ttl)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, cookie.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new StreamTokenGrant(this.gateway.resolve(streamPath).toString(), token.expiresAt()));
	}

	/**
	 * What the page needs to open its stream.
	 *
	 * @param streamUrl the course instance's stream on the gateway
	 * @param expiresAt when the token in the cookie expires; the page asks for a new one
	 * before
	 */
	record StreamTokenGrant(String streamUrl, Instant expiresAt) {
	}

}
