package io.plrlive.gateway.access;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import io.plrlive.contracts.stream.StreamToken;
import io.plrlive.gateway.GatewayProperties;

/**
 * Streams need a stream token; health and info are open to probes. Stateless: no session,
 * no CSRF (nothing here changes state), no cache headers of Spring Security's (the stream
 * sets its own).
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	@Bean
	SecurityWebFilterChain streamSecurity(ServerHttpSecurity http, ReactiveJwtDecoder streamTokenDecoder,
			CorsConfigurationSource corsConfigurationSource) {
		StreamTokenConverter tokens = new StreamTokenConverter();
		return http
			.authorizeExchange(
					(exchanges) -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyExchange()
						.authenticated())
			.oauth2ResourceServer((server) -> server.bearerTokenConverter(tokens)
				.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden())
				.jwt((jwt) -> jwt.jwtDecoder(streamTokenDecoder)))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
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

	// A stream is one request that lasts for hours: observing the security filter chain
	// would keep its observations, contexts and wrappers alive for as long, per stream.
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ReactiveJwtDecoder streamTokenDecoder(GatewayProperties properties) {
		SecretKeySpec key = new SecretKeySpec(properties.streamToken().secret().getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(key)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(StreamToken.ISSUER), new StreamTokenClaims()));
		return decoder;
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of(HttpMethod.GET.name()));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, "Last-Event-ID", HttpHeaders.CACHE_CONTROL));
		// EventSource's withCredentials sends the stream token cookie across origins.
		cors.setAllowCredentials(true);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
