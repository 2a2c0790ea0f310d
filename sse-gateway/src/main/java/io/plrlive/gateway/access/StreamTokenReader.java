package io.plrlive.gateway.access;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;

import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.gateway.problem.Refusal;

/**
 * Finds the stream token in the {@code Authorization: Bearer} header or, as browsers send
 * it, in the HttpOnly {@value StreamToken#COOKIE} cookie. Never in the URL, which ends up
 * in access logs and browser history.
 */
final class StreamTokenReader {

	// As Spring Security reads it (RFC 6750 b64token).
	private static final Pattern BEARER = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	private StreamTokenReader() {
	}

	/**
	 * The request's stream token.
	 * @param headers the request headers
	 * @return the token, or empty when the request has none
	 * @throws Refusal 401 for a malformed bearer token
	 */
	static Optional<String> read(HttpHeaders headers) {
		String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, "Bearer".length())) {
			Matcher bearer = BEARER.matcher(authorization);
			if (!bearer.matches()) {
				throw AccessRefusals.tokenRefused("Bearer token is malformed");
			}
			return Optional.of(bearer.group("token"));
		}
		for (String cookies : headers.getAll(HttpHeaderNames.COOKIE)) {
			for (Cookie cookie : ServerCookieDecoder.STRICT.decodeAll(cookies)) {
				if (cookie.name().equals(StreamToken.COOKIE) && !cookie.value().isBlank()) {
					return Optional.of(cookie.value());
				}
			}
		}
		return Optional.empty();
	}

}
