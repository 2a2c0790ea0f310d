package io.plrlive.gateway.access;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import io.plrlive.gateway.problem.ProblemBody;
import io.plrlive.gateway.problem.Refusal;

/**
 * Problem bodies (RFC 9457) for requests to WebFlux that Spring Security refuses: 401
 * with a {@code WWW-Authenticate} challenge, as a stream without a token gets.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static ServerAuthenticationEntryPoint unauthorized() {
		return (exchange, failure) -> write(exchange, AccessRefusals.tokenRequired());
	}

	private static Mono<Void> write(ServerWebExchange exchange, Refusal refusal) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(refusal.status());
		refusal.headers().forEach(response.getHeaders()::set);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = ProblemBody.json(refusal.status(), refusal.detail(), exchange.getRequest().getPath().value());
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
