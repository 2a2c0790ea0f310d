package io.plrlive.capture;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.plrlive.contracts.capture.CapturedTable;

/**
 * Settings of change capture, under {@code capture.*}. Kafka clients are configured by
 * Spring Boot's own {@code spring.kafka.*} settings.
 *
 * @param database the PostgreSQL database whose PLR tables are captured
 * @param listen the LISTEN/NOTIFY path
 * @param cdc the logical replication path
 * @param publish the Kafka side shared by both paths
 */
@Validated
@ConfigurationProperties("capture")
record CaptureProperties(@Valid @DefaultValue Database database, @Valid @DefaultValue Listen listen,
		@Valid @DefaultValue Cdc cdc, @Valid @DefaultValue Publish publish) {

	/** A PostgreSQL identifier as PLR's migrations write them: unquoted, lower case. */
	static final String IDENTIFIER = "[a-z_][a-z0-9_]{0,62}";

	/**
	 * The database. The password comes only from the environment
	 * ({@code CAPTURE_DATABASE_PASSWORD}).
	 *
	 * @param url JDBC URL, {@code jdbc:postgresql://host:port/database}
	 * @param username a role with {@code REPLICATION} and {@code SELECT} on the captured
	 * tables
	 * @param password its password
	 */
	record Database(@NotBlank @Pattern(regexp = "jdbc:postgresql://[^/]+/[^?/]+(\\?.*)?") String url,
			@NotBlank String username, String password) {
	}

	/**
	 * The low-latency path: LISTEN for the row triggers' {@code pg_notify} payloads.
	 * ({@code notify} cannot name a record component: it is a method of every object.)
	 *
	 * @param enabled whether to listen
	 * @param pollInterval longest wait for notifications before the connection is probed
	 * @param reconnectBackoff delay before the first reconnection attempt
	 * @param reconnectBackoffMax longest delay between reconnection attempts
	 */
	record Listen(@DefaultValue("true") boolean enabled,
			@NotNull @DurationMin(millis = 10) @DurationMax(seconds = 60) @DefaultValue("500ms") Duration pollInterval,
			@NotNull @DurationMin(millis = 10) @DefaultValue("100ms") Duration reconnectBackoff,
			@NotNull @DefaultValue("5s") Duration reconnectBackoffMax) {

		@AssertTrue(message = "reconnect-backoff must not exceed reconnect-backoff-max")
		boolean isReconnectBackoffOrdered() {
			return this.reconnectBackoff == null || this.reconnectBackoffMax == null
					|| this.reconnectBackoff.compareTo(this.reconnectBackoffMax) <= 0;
		}

		Backoff reconnect() {
			return new Backoff(this.reconnectBackoff, this.reconnectBackoffMax);
		}

	}

	/**
	 * The durable path: the Debezium engine reading the logical replication slot.
	 *
	 * @param enabled whether to run the engine
	 * @param slotName replication slot, one per engine; renaming it re-reads every row
	 * @param publicationName the publication PLR's migrations create
	 * @param engineName the engine's name, under which its offsets are stored; renaming
	 * it re-reads every row
	 * @param offsetsTopic compacted topic where the engine's offsets are stored
	 * @param offsetsReplicationFactor replication factor of that topic when the engine
	 * creates it
	 * @param pollInterval how long the engine waits to fill a batch; bounds the CDC
	 * path's latency
	 * @param heartbeatInterval how often the engine writes a heartbeat so the slot
	 * advances on an idle database
	 * @param restartBackoff delay before the first rebuild after a failure
	 * @param restartBackoffMax longest delay between rebuilds
	 * @param engine further Debezium settings, passed through as they are (they win over
	 * the ones above)
	 */
	record Cdc(@DefaultValue("true") boolean enabled,
			@NotBlank @Pattern(regexp = IDENTIFIER) @DefaultValue("plr_capture") String slotName,
			@NotBlank @Pattern(regexp = IDENTIFIER) @DefaultValue(CapturedTable.PUBLICATION) String publicationName,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") @DefaultValue("plr-capture") String engineName,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") @DefaultValue("plr.capture-offsets") String offsetsTopic,
			@Min(1) @Max(32767) @DefaultValue("1") int offsetsReplicationFactor,
			@NotNull @DurationMin(millis = 1) @DurationMax(seconds = 5) @DefaultValue("10ms") Duration pollInterval,
			@NotNull @DurationMin(seconds = 1) @DefaultValue("10s") Duration heartbeatInterval,
			@NotNull @DurationMin(millis = 10) @DefaultValue("1s") Duration restartBackoff,
			@NotNull @DefaultValue("30s") Duration restartBackoffMax,
			@NotNull @DefaultValue Map<String, String> engine) {

		@AssertTrue(message = "restart-backoff must not exceed restart-backoff-max")
		boolean isRestartBackoffOrdered() {
			return this.restartBackoff == null || this.restartBackoffMax == null
					|| this.restartBackoff.compareTo(this.restartBackoffMax) <= 0;
		}

		Backoff restart() {
			return new Backoff(this.restartBackoff, this.restartBackoffMax);
		}

	}

	/**
	 * The producer side.
	 *
	 * @param rememberedKeys how many keys' latest published versions are kept to drop the
	 * second path's duplicate
	 * @param acknowledgementTimeout how long a CDC batch waits for Kafka before it fails
	 * and is delivered again
	 */
	record Publish(@Positive @DefaultValue("100000") int rememberedKeys,
			@NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration acknowledgementTimeout) {
	}

}
