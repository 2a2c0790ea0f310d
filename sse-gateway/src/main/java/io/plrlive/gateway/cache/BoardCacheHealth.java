package io.plrlive.gateway.cache;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP once the cache has caught up with the topics, OUT_OF_SERVICE before (part of the
 * readiness group, so that no load balancer sends browsers to a replica with old boards),
 * DOWN when the reader has stopped.
 */
final class BoardCacheHealth implements HealthIndicator {

	private final TopicReader reader;

	private final BoardCache cache;

	BoardCacheHealth(TopicReader reader, BoardCache cache) {
		this.reader = reader;
		this.cache = cache;
	}

	@Override
	public Health health() {
		Health.Builder health;
		if (!this.reader.isRunning()) {
			health = Health.down();
		}
		else if (this.reader.caughtUp()) {
			health = Health.up();
		}
		else {
			health = Health.outOfService().withDetail("waitingForTopics", this.reader.missingTopics());
		}
		return health.withDetail("boards", this.cache.boardCount())
			.withDetail("recordsRead", this.reader.recordsRead())
			.build();
	}

}
