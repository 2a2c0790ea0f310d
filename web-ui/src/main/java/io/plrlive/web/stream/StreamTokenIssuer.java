package io.plrlive.web.stream;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.web.WebUiProperties.StreamTokenSigning;

/**
 * Signs stream tokens (HS256, {@link StreamToken} claims) with the key shared with the
 * SSE gateway.
 */
final class StreamTokenIssuer {

	private final JwtEncoder encoder;

	private final StreamTokenSigning settings;

	private final Clock clock;

	StreamTokenIssuer(StreamTokenSigning settings, Clock clock) {
		this.encoder = NimbusJwtEncoder
			.withSecretKey(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.build();
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A token for one course instance.
	 * @param handle the viewer's handle
	 * @param role {@link StreamToken#STUDENT} or {@link StreamToken#STAFF}
	 * @param courseInstanceId the course instance it opens
	 * @return the token and its expiry
	 */
	IssuedToken issue(String handle, String role, long courseInstanceId) {
		// JWT times are whole seconds; the page is told the expiry the token carries.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = now.plus(this.settings.ttl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(StreamToken.ISSUER)
			.audience(List.of(StreamToken.AUDIENCE))
			.subject(handle)
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim(StreamToken.ROLE_CLAIM, role)
			.claim(StreamToken.COURSE_INSTANCES_CLAIM, List.of(courseInstanceId))
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new IssuedToken(token, expiresAt);
	}

	/**
	 * A signed token.
	 *
	 * @param value the compact JWT
	 * @param expiresAt when it stops opening streams
	 */
	record IssuedToken(String value, Instant expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[value=(hidden), expiresAt=" + this.expiresAt + "]";
		}

	}

}
