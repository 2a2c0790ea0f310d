package io.plrlive.capture.notify;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while the LISTEN connection is listening, DOWN while it reconnects, with the last
 * error.
 */
public class NotificationListenerHealth implements HealthIndicator {

	private final NotificationListener listener;

	public NotificationListenerHealth(NotificationListener listener) {
		this.listener = listener;
	}

	@Override
	public Health health() {
		ListenerState state = this.listener.state();
		Health.Builder health = (state.status() == ListenerState.Status.LISTENING) ? Health.up() : Health.down();
		health.withDetail("status", state.status().name())
			.withDetail("since", state.since())
			.withDetail("reconnections", state.reconnections());
		if (state.lastError() != null) {
			health.withDetail("lastError", state.lastError());
		}
		return health.build();
	}

}
