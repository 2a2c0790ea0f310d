package io.plrlive.gateway.access;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.gateway.GatewayProperties;

/**
 * Streams are checked by {@link StreamAccess} on their own route, beside WebFlux. What
 * WebFlux serves is guarded by Spring Security: health and info are open to probes, the
 * CORS preflight of a stream is answered from the allow-list, and anything else is
 * refused. Stateless: no session, no CSRF (nothing here changes state), no cache headers
 * of Spring Security's.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	@Bean
	StreamAccess streamAccess(GatewayProperties properties) {
		return new StreamAccess(streamTokenDecoder(properties), cors(properties));
	}

	@Bean
	SecurityWebFilterChain webFluxSecurity(ServerHttpSecurity http, CorsConfigurationSource corsConfigurationSource) {
		return http
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyExchange()
						.denyAll())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(ProblemResponses.unauthorized()))
			.cors((cors) -> cors.configurationSource(corsConfigurationSource))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.disable())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.headers((headers) -> headers.cache((cache) -> cache.disable()))
			.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors(properties));
		return source;
	}

	// HMAC needs no key set to fetch: the token is checked on the event loop, at once.
	private static JwtDecoder streamTokenDecoder(GatewayProperties properties) {
		SecretKeySpec key = new SecretKeySpec(properties.streamToken().secret().getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(StreamToken.ISSUER), new StreamTokenClaims()));
		return decoder;
	}

	private static CorsConfiguration cors(GatewayProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of(HttpMethod.GET.name()));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, "Last-Event-ID", HttpHeaders.CACHE_CONTROL));
		// EventSource's withCredentials sends the stream token cookie across origins.
		cors.setAllowCredentials(true);
		cors.setMaxAge(Duration.ofHours(1));
		return cors;
	}

}
