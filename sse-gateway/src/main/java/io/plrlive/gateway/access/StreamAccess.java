package io.plrlive.gateway.access;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.cors.CorsConfiguration;

import io.plrlive.gateway.problem.Refusal;

/**
 * Checks a stream request before it starts: the page's origin against the CORS
 * allow-list, and the stream token. Both checks run on the request's headers alone and
 * keep nothing of them, so that an open stream holds none of the request.
 */
public final class StreamAccess {

	private final JwtDecoder tokens;

	private final CorsConfiguration cors;

	StreamAccess(JwtDecoder tokens, CorsConfiguration cors) {
		this.tokens = tokens;
		this.cors = cors;
	}

	/**
	 * The viewer the request's stream token names.
	 * @param headers the request headers
	 * @return the viewer
	 * @throws Refusal 401 when there is no token, or an expired, forged or misaddressed
	 * one
	 */
	public Viewer viewer(HttpHeaders headers) {
		String token = StreamTokenReader.read(headers).orElseThrow(AccessRefusals::tokenRequired);
		try {
			return Viewer.of(this.tokens.decode(token));
		}
		catch (JwtException ex) {
			throw AccessRefusals.tokenRefused(ex.getMessage());
		}
	}

	/**
	 * Lets a page of an allowed origin read the stream (CORS), with its credentials: the
	 * token cookie.
	 * @param request the request headers
	 * @param response the response headers, to which the allowed origin is added
	 * @throws Refusal 403 when the page's origin is not allowed
	 */
	public void allowOrigin(HttpHeaders request, HttpHeaders response) {
		String origin = request.get(HttpHeaderNames.ORIGIN);
		if (origin == null || isSameOrigin(origin, request.get(HttpHeaderNames.HOST))) {
			return;
		}
		String allowed = this.cors.checkOrigin(origin);
		if (allowed == null) {
			throw AccessRefusals.originNotAllowed(origin);
		}
		response.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, allowed);
		if (Boolean.TRUE.equals(this.cors.getAllowCredentials())) {
			response.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
		}
		response.add(HttpHeaderNames.VARY, HttpHeaderNames.ORIGIN);
	}

	private static boolean isSameOrigin(String origin, String host) {
		return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
	}

}
