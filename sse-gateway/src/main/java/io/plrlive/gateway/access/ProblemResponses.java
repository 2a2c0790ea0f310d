package io.plrlive.gateway.access;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.stream.StreamToken;

/**
 * Problem bodies (RFC 9457) for requests that Spring Security refuses: 401 with a
 * {@code WWW-Authenticate} challenge for a missing, expired or forged token, 403 for an
 * authenticated request to something the token does not grant.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static ServerAuthenticationEntryPoint unauthorized() {
		return (exchange, failure) -> {
			String detail = detail(failure);
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, (failure instanceof OAuth2AuthenticationException)
						? "Bearer error=\"invalid_token\", error_description=\"" + detail.replace('"', '\'') + "\""
						: "Bearer");
			return write(exchange, HttpStatus.UNAUTHORIZED, detail);
		};
	}

	static ServerAccessDeniedHandler forbidden() {
		return (exchange, denied) -> write(exchange, HttpStatus.FORBIDDEN, "Your stream token does not grant this.");
	}

	private static String detail(AuthenticationException failure) {
		if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
			return "The stream token was refused: " + oauth.getError().getDescription();
		}
		return "A stream token is required: the " + StreamToken.COOKIE
				+ " cookie that web-ui sets, or an Authorization: Bearer header.";
	}

	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		byte[] body = JsonSerde.mapper().writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
