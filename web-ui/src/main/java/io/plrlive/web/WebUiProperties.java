package io.plrlive.web;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web UI, under {@code web.*}.
 *
 * @param gatewayUrl where browsers open event streams: the SSE gateway's base URL
 * @param login how people sign in; required, so that no deployment gets the development
 * login by accident
 * @param streamToken how stream tokens for the gateway are signed
 * @param trustedHeader the reverse proxy's headers, for {@link Login#TRUSTED_HEADER}
 */
@Validated
@ConfigurationProperties("web")
public record WebUiProperties(
		@NotBlank @Pattern(
				regexp = "https?://[^\\s/?#]+(/\\S*)?") @DefaultValue("http://localhost:8081") String gatewayUrl,
		@NotNull Login login, @Valid @NotNull StreamTokenSigning streamToken,
		@Valid @DefaultValue TrustedHeader trustedHeader) {

	/**
	 * Ways to sign in.
	 */
	public enum Login {

		/**
		 * A page that lists the users of the database and signs in as any of them, as
		 * PrairieLearn's development mode does: for local use and demos only.
		 */
		DEVELOPMENT,

		/**
		 * The host platform signs people in and its reverse proxy, the only way to reach
		 * web-ui, names the user in a header, with a secret that proves the request came
		 * through it.
		 */
		TRUSTED_HEADER

	}

	/**
	 * Headers set by the reverse proxy in front of web-ui when {@code web.login} is
	 * {@code trusted-header}.
	 *
	 * @param userHeader the header naming the signed-in user by uid, as in the host's
	 * {@code users} table
	 * @param secretHeader the header carrying the shared secret
	 * @param secret the shared secret, at least 32 characters; required for
	 * {@code trusted-header}
	 */
	public record TrustedHeader(@NotBlank @DefaultValue("X-PLR-User") String userHeader,
			@NotBlank @DefaultValue("X-PLR-Proxy-Secret") String secretHeader,
			@Size(min = 32, message = "must be at least 32 characters") String secret) {

		public TrustedHeader {
			// An unset environment variable binds as an empty string.
			secret = (secret == null || secret.isBlank()) ? null : secret;
		}

		@Override
		public String toString() {
			return "TrustedHeader[userHeader=" + this.userHeader + ", secretHeader=" + this.secretHeader
					+ ", secret=(hidden)]";
		}

	}

	/**
	 * The key shared with the SSE gateway and the lifetime of a token.
	 *
	 * @param secret the shared HS256 key, at least 32 characters
	 * @param ttl how long a token opens streams; the page renews it before it expires
	 */
	public record StreamTokenSigning(
			@NotNull @Size(min = 32,
					message = "must be at least 32 characters (an HS256 key of 256 bits)") String secret,
			@NotNull @DurationMin(seconds = 30) @DurationMax(hours = 1) @DefaultValue("5m") Duration ttl) {

		@Override
		public String toString() {
			return "StreamTokenSigning[secret=(hidden), ttl=" + this.ttl + "]";
		}

	}

}
