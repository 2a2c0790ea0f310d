package io.plrlive.benchmarks.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.plrlive.contracts.stream.StreamToken;

/**
 * Signs stream tokens as web-ui does (HS256 with the key it shares with the gateway), one
 * per simulated student, valid for the whole run.
 */
public final class StreamTokenSigner {

	/** The key this benchmark's gateway is started with. */
	/** The key the benchmarks' gateways are started with. */
	public static final String SECRET = "plr-live-gateway-benchmark-stream-token-key";

	private static final Duration VALIDITY = Duration.ofHours(1);

	private final JWSSigner signer;

	/**
	 * A signer with the benchmarks' key.
	 */
	public StreamTokenSigner() {
		try {
			this.signer = new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The benchmark's stream-token key is unusable", ex);
		}
	}

	/**
	 * A student's token for one course instance.
	 * @param handle the student's handle
	 * @param courseInstanceId what the student may watch
	 * @return the signed token
	 */
	/**
	 * A student's token for one course instance, valid for an hour.
	 * @param handle the student's handle
	 * @param courseInstanceId the course instance
	 * @return the signed token
	 */
	public String student(String handle, long courseInstanceId) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(StreamToken.ISSUER)
			.audience(StreamToken.AUDIENCE)
			.subject(handle)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(VALIDITY)))
			.claim(StreamToken.ROLE_CLAIM, StreamToken.STUDENT)
			.claim(StreamToken.COURSE_INSTANCES_CLAIM, List.of(courseInstanceId))
			.build();
		try {
			SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			token.sign(this.signer);
			return token.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a stream token", ex);
		}
	}

}
