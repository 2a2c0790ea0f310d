package io.plrlive.capture;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of change capture, under {@code capture.*}. The database connection and the
 * Kafka clients are configured by Spring Boot's own {@code spring.*} settings.
 *
 * @param listen the LISTEN/NOTIFY path
 * @param cdc the logical replication path
 */
@Validated
@ConfigurationProperties("capture")
record CaptureProperties(@Valid @DefaultValue Listen listen, @Valid @DefaultValue Cdc cdc) {

	/** A PostgreSQL identifier as PLR's migrations write them: unquoted, lower case. */
	static final String IDENTIFIER = "[a-z_][a-z0-9_]{0,62}";

	/**
	 * The low-latency path: LISTEN for the row triggers' {@code pg_notify} payloads.
	 * ({@code notify} cannot name a record component: it is a method of every object.)
	 *
	 * @param enabled whether to listen
	 * @param channel the channel the triggers notify (PLR's migrations use
	 * {@code plr_changes})
	 */
	record Listen(@DefaultValue("true") boolean enabled,
			@NotBlank @Pattern(regexp = IDENTIFIER) @DefaultValue("plr_changes") String channel) {
	}

	/**
	 * The durable path: Debezium reading the logical replication slot.
	 *
	 * @param enabled whether to run the Debezium engine
	 * @param slotName replication slot, one per engine; renaming it re-snapshots
	 * @param publicationName the publication PLR's migrations create
	 * @param engine extra Debezium engine settings, passed through as they are
	 */
	record Cdc(@DefaultValue("true") boolean enabled,
			@NotBlank @Pattern(regexp = IDENTIFIER) @DefaultValue("plr_capture") String slotName,
			@NotBlank @Pattern(regexp = IDENTIFIER) @DefaultValue("plr_capture") String publicationName,
			@NotNull @DefaultValue Map<String, String> engine) {
	}

}
