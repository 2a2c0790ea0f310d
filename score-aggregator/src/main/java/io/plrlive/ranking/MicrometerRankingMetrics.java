package io.plrlive.ranking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import io.plrlive.ranking.topology.RankingMetrics;

/**
 * The topology's counts as Micrometer meters ({@code plr.ranking.*}); Kafka Streams' own
 * metrics (rates, lag, commit latency) come from Spring Kafka's Micrometer listener.
 */
@Component
class MicrometerRankingMetrics implements RankingMetrics {

	private final MeterRegistry registry;

	private final Counter duplicates;

	private final Counter snapshots;

	private final Counter finalized;

	MicrometerRankingMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.duplicates = Counter.builder("plr.ranking.duplicates.dropped")
			.description("Rows dropped because their version was already applied")
			.register(registry);
		this.snapshots = Counter.builder("plr.ranking.snapshots.published")
			.description("Board snapshots published")
			.register(registry);
		this.finalized = Counter.builder("plr.ranking.sessions.finalized")
			.description("Closed sessions finalized")
			.register(registry);
	}

	@Override
	public void recordRead(String topic) {
		Counter.builder("plr.ranking.records.read")
			.description("Records read from the change topics")
			.tag("topic", topic)
			.register(this.registry)
			.increment();
	}

	@Override
	public void duplicateDropped() {
		this.duplicates.increment();
	}

	@Override
	public void deadLettered(String source) {
		Counter.builder("plr.ranking.dead.letters")
			.description("Records sent to the dead-letter topic")
			.tag("source", source)
			.register(this.registry)
			.increment();
	}

	@Override
	public void snapshotPublished() {
		this.snapshots.increment();
	}

	@Override
	public void sessionFinalized() {
		this.finalized.increment();
	}

}
