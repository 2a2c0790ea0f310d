package io.plrlive.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.plrlive.contracts.stream.StreamToken;

/**
 * Signs stream tokens as web-ui does, and spoils them in the ways the gateway must
 * refuse.
 */
public final class StreamTokens {

	/** The key the tests' gateways share with this signer. */
	public static final String SECRET = "test-stream-token-key-of-at-least-32-characters";

	private StreamTokens() {
	}

	/**
	 * A valid token for a student.
	 * @param handle the student's handle
	 * @param courseInstances what the student may watch
	 * @return the signed token
	 */
	public static String student(String handle, long... courseInstances) {
		return sign(SECRET, claims(handle, StreamToken.STUDENT, courseInstances).build());
	}

	/**
	 * A valid token for staff.
	 * @param handle the staff member's handle
	 * @param courseInstances what they may watch
	 * @return the signed token
	 */
	public static String staff(String handle, long... courseInstances) {
		return sign(SECRET, claims(handle, StreamToken.STAFF, courseInstances).build());
	}

	/**
	 * A token that expired a while ago.
	 * @param handle the handle
	 * @param courseInstance what it names
	 * @return the signed token
	 */
	public static String expired(String handle, long courseInstance) {
		Instant past = Instant.now().minus(Duration.ofHours(1));
		return sign(SECRET,
				claims(handle, StreamToken.STUDENT, courseInstance).issueTime(Date.from(past))
					.expirationTime(Date.from(past.plusSeconds(300)))
					.build());
	}

	/**
	 * A token signed with another key.
	 * @param handle the handle
	 * @param courseInstance what it names
	 * @return the signed token
	 */
	public static String forged(String handle, long courseInstance) {
		return sign("some-other-key-that-is-also-32-characters-long",
				claims(handle, StreamToken.STUDENT, courseInstance).build());
	}

	/**
	 * A token issued for another audience.
	 * @param handle the handle
	 * @param courseInstance what it names
	 * @return the signed token
	 */
	public static String forAnotherAudience(String handle, long courseInstance) {
		return sign(SECRET, claims(handle, StreamToken.STUDENT, courseInstance).audience("some-other-service").build());
	}

	private static JWTClaimsSet.Builder claims(String handle, String role, long... courseInstances) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(StreamToken.ISSUER)
			.audience(StreamToken.AUDIENCE)
			.subject(handle)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim(StreamToken.ROLE_CLAIM, role)
			.claim(StreamToken.COURSE_INSTANCES_CLAIM, Arrays.stream(courseInstances).boxed().toList());
	}

	private static String sign(String secret, JWTClaimsSet claims) {
		try {
			SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
			return token.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a test token", ex);
		}
	}

}
