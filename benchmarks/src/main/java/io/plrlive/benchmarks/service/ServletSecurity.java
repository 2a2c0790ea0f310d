package io.plrlive.benchmarks.service;

import java.util.List;

import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;

/**
 * Keeps the servlet services free of Spring Security, which the SSE gateway puts on the
 * benchmarks' class path: they do not secure themselves with it, and Boot's defaults
 * would lock their health endpoint behind a generated password (the launcher does the
 * same).
 */
public final class ServletSecurity {

	private static final List<String> AUTO_CONFIGURATIONS = List.of(SecurityAutoConfiguration.class.getName(),
			UserDetailsServiceAutoConfiguration.class.getName(), ManagementWebSecurityAutoConfiguration.class.getName(),
			SecurityFilterAutoConfiguration.class.getName(), ServletWebSecurityAutoConfiguration.class.getName(),
			OAuth2ResourceServerAutoConfiguration.class.getName());

	private ServletSecurity() {
	}

	/**
	 * The command-line argument that leaves Spring Security out of a servlet service.
	 * @return {@code --spring.autoconfigure.exclude=...}
	 */
	public static String excluded() {
		return "--spring.autoconfigure.exclude=" + String.join(",", AUTO_CONFIGURATIONS);
	}

}
