package io.plrlive.web.security;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.plrlive.web.WebUiProperties;
import io.plrlive.web.WebUiProperties.Login;
import io.plrlive.web.identity.TrustedHeaderSignIn;

/**
 * Pages need a signed-in user, apart from the welcome and login pages, static files and
 * health. Sessions carry the sign-in; every POST needs the CSRF token; the
 * Content-Security-Policy allows scripts and styles from this origin only (no inline
 * script) and event streams from the gateway.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	SecurityFilterChain pages(HttpSecurity http, WebUiProperties properties, SecurityContextRepository contexts,
			JdbcClient jdbc) throws Exception {
		if (properties.login() == Login.TRUSTED_HEADER) {
			http.addFilter(TrustedHeaderSignIn.filter(properties.trustedHeader(), jdbc, contexts));
		}
		return http
			.authorizeHttpRequests(
					(requests) -> requests
						.requestMatchers("/", "/login", "/css/**", "/js/**", "/favicon.ico", "/error",
								"/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyRequest()
						.authenticated())
			.securityContext((context) -> context.securityContextRepository(contexts))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint((properties.login() == Login.DEVELOPMENT)
					? new LoginUrlAuthenticationEntryPoint("/login") : new ProblemEntryPoint()))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties.gatewayUrl())))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	// No users of Spring Security's own: identities come from the login in use. This
	// also keeps Spring Boot from generating a password.
	@Bean
	UserDetailsService noLocalUsers() {
		return new InMemoryUserDetailsManager();
	}

	static String contentSecurityPolicy(String gatewayUrl) {
		URI gateway = URI.create(gatewayUrl);
		String gatewayOrigin = gateway.getScheme() + "://" + gateway.getAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self' " + gatewayOrigin + "; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
	}

}
