package io.plrlive.gateway.access;

import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import io.plrlive.contracts.stream.StreamToken;

/**
 * Checks what the gateway reads from a stream token beyond signature, issuer and expiry:
 * the audience, an expiry at all, the handle, the role and the course instances.
 */
final class StreamTokenClaims implements OAuth2TokenValidator<Jwt> {

	private static final Set<String> ROLES = Set.of(StreamToken.STUDENT, StreamToken.STAFF);

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		List<String> audience = token.getAudience();
		if (audience == null || !audience.contains(StreamToken.AUDIENCE)) {
			return invalid(
					"The token is not meant for the SSE gateway (aud must include " + StreamToken.AUDIENCE + ")");
		}
		if (token.getExpiresAt() == null) {
			return invalid("The token has no expiry (exp); stream tokens are short-lived");
		}
		if (token.getSubject() == null || token.getSubject().isBlank()) {
			return invalid("The token names no viewer (sub)");
		}
		if (!ROLES.contains(token.getClaimAsString(StreamToken.ROLE_CLAIM))) {
			return invalid("The token's role must be student or staff");
		}
		Object courseInstances = token.getClaims().get(StreamToken.COURSE_INSTANCES_CLAIM);
		if (!(courseInstances instanceof List<?> ids) || !ids.stream().allMatch(StreamTokenClaims::isPositiveWhole)) {
			return invalid(
					"The token's " + StreamToken.COURSE_INSTANCES_CLAIM + " must be an array of course instance ids");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static boolean isPositiveWhole(Object id) {
		return (id instanceof Integer || id instanceof Long) && ((Number) id).longValue() > 0;
	}

	private static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
