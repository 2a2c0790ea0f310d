package io.plrlive.capture.publish;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.plrlive.capture.mapping.CapturePath;

/**
 * The meters of change-capture: events published per path and table, lag from commit to
 * Kafka acknowledgement, dead letters and dropped duplicates.
 */
final class CaptureMetrics {

	private final MeterRegistry registry;

	CaptureMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void published(CapturePath path, String table, Instant committedAt) {
		Counter.builder("plr.capture.events")
			.description("Change events published to Kafka")
			.tag("path", path.label())
			.tag("table", table)
			.register(this.registry)
			.increment();
		Timer.builder("plr.capture.lag")
			.description("Time from commit to Kafka acknowledgement")
			.tag("path", path.label())
			.publishPercentiles(0.5, 0.99, 0.999)
			.register(this.registry)
			.record(Duration.between(committedAt, Instant.now()).abs());
	}

	void deadLettered(CapturePath path) {
		Counter.builder("plr.capture.dead.letters")
			.description("Rows and payloads sent to the dead-letter topic")
			.tag("path", path.label())
			.register(this.registry)
			.increment();
	}

	void duplicateDropped(CapturePath path) {
		Counter.builder("plr.capture.duplicates.dropped")
			.description("Changes not published because their version was already in Kafka")
			.tag("path", path.label())
			.register(this.registry)
			.increment();
	}

}
