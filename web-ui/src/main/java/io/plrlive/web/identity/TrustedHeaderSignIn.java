package io.plrlive.web.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.preauth.RequestHeaderAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextRepository;

import io.plrlive.web.WebUiProperties.TrustedHeader;

/**
 * Sign-in through the host platform's reverse proxy ({@code web.login=trusted-header}):
 * Spring Security's pre-authentication filter takes the user's uid from the proxy's
 * header, but only on requests that also carry the proxy's secret, compared in constant
 * time. The uid must be a user of the host's {@code users} table.
 */
public final class TrustedHeaderSignIn {

	private TrustedHeaderSignIn() {
	}

	/**
	 * The filter to add to the security filter chain.
	 * @param settings the headers and the secret
	 * @param jdbc the host database
	 * @param contexts where signed-in users are kept between requests
	 * @return the filter
	 * @throws IllegalStateException when the secret is not set
	 */
	public static RequestHeaderAuthenticationFilter filter(TrustedHeader settings, JdbcClient jdbc,
			SecurityContextRepository contexts) {
		if (settings.secret() == null) {
			throw new IllegalStateException(
					"web.trusted-header.secret must be set (at least 32 characters) when web.login is trusted-header");
		}
		byte[] secret = settings.secret().getBytes(StandardCharsets.UTF_8);
		RequestHeaderAuthenticationFilter filter = new RequestHeaderAuthenticationFilter();
		filter.setPrincipalRequestHeader(settings.userHeader());
		filter.setExceptionIfHeaderMissing(false);
		filter.setCheckForPrincipalChanges(true);
		filter
			.setRequiresAuthenticationRequestMatcher((request) -> fromProxy(request, settings.secretHeader(), secret));
		filter.setAuthenticationManager(new ProviderManager(new HostUsers(jdbc)));
		filter.setSecurityContextRepository(contexts);
		return filter;
	}

	private static boolean fromProxy(HttpServletRequest request, String secretHeader, byte[] secret) {
		String presented = request.getHeader(secretHeader);
		return presented != null && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Turns the uid that the proxy names into a signed-in user.
	 */
	private static final class HostUsers implements AuthenticationProvider {

		private final JdbcClient jdbc;

		HostUsers(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			String uid = String.valueOf(authentication.getPrincipal());
			Long userId = this.jdbc.sql("SELECT user_id FROM users WHERE uid = :uid")
				.param("uid", uid)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new BadCredentialsException("The proxy named a user that is not in the database"));
			PreAuthenticatedAuthenticationToken signedIn = new PreAuthenticatedAuthenticationToken(
					new SignedInUser(userId), null, AuthorityUtils.createAuthorityList("ROLE_USER"));
			signedIn.setDetails(authentication.getDetails());
			return signedIn;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
		}

	}

}
