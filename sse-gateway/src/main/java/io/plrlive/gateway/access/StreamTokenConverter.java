package io.plrlive.gateway.access;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

import io.plrlive.contracts.stream.StreamToken;

/**
 * Finds the stream token in the {@code Authorization: Bearer} header or, as browsers send
 * it, in the HttpOnly {@value StreamToken#COOKIE} cookie. Never in the URL, which ends up
 * in access logs and browser history.
 */
final class StreamTokenConverter implements ServerAuthenticationConverter {

	private final ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		return this.header.convert(exchange).switchIfEmpty(Mono.defer(() -> {
			HttpCookie cookie = exchange.getRequest().getCookies().getFirst(StreamToken.COOKIE);
			return (cookie != null && !cookie.getValue().isBlank())
					? Mono.just(new BearerTokenAuthenticationToken(cookie.getValue())) : Mono.empty();
		}));
	}

}
