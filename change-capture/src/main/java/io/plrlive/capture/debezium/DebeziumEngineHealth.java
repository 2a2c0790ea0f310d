package io.plrlive.capture.debezium;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while the engine streams changes, DOWN while it starts or is being rebuilt after a
 * failure.
 */
public class DebeziumEngineHealth implements HealthIndicator {

	private final DebeziumEngineLifecycle lifecycle;

	public DebeziumEngineHealth(DebeziumEngineLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public Health health() {
		EngineState state = this.lifecycle.state();
		Health.Builder health = (state.status() == EngineState.Status.STREAMING) ? Health.up() : Health.down();
		health.withDetail("status", state.status().name())
			.withDetail("since", state.since())
			.withDetail("restarts", state.restarts());
		if (state.lastError() != null) {
			health.withDetail("lastError", state.lastError());
		}
		return health.build();
	}

}
