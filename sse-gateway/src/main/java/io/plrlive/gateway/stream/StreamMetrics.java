package io.plrlive.gateway.stream;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The gateway's stream meters: connections, events out, conflated changes, dropped slow
 * subscribers, refused connections and the delivery latency from scores-topic append to
 * the hand-over to the socket.
 */
final class StreamMetrics {

	private final Counter eventsOut;

	private final Counter conflated;

	private final Counter droppedSubscribers;

	private final MeterRegistry meters;

	private final Timer deliveryLatency;

	StreamMetrics(MeterRegistry meters, Supplier<Number> connections) {
		this.meters = meters;
		Gauge.builder("plr.gateway.connections", connections).description("Open streams").register(meters);
		this.eventsOut = Counter.builder("plr.gateway.events.out")
			.description("Events sent to browsers")
			.register(meters);
		this.conflated = Counter.builder("plr.gateway.events.conflated")
			.description("Changes replaced by a newer one before a slow browser received them")
			.register(meters);
		this.droppedSubscribers = Counter.builder("plr.gateway.subscribers.dropped")
			.description("Streams closed because the browser stayed behind")
			.register(meters);
		this.deliveryLatency = Timer.builder("plr.gateway.delivery.latency")
			.description("From a snapshot's append to the scores topic to its hand-over to a browser's socket")
			.publishPercentileHistogram()
			.register(meters);
	}

	void eventSent() {
		this.eventsOut.increment();
	}

	void conflated() {
		this.conflated.increment();
	}

	void subscriberDropped() {
		this.droppedSubscribers.increment();
	}

	void refused(String reason) {
		this.meters.counter("plr.gateway.connections.refused", "reason", reason).increment();
	}

	void delivered(Duration latency) {
		this.deliveryLatency.record(latency.isNegative() ? Duration.ZERO : latency);
	}

	long droppedCount() {
		return (long) this.droppedSubscribers.count();
	}

	long conflatedCount() {
		return (long) this.conflated.count();
	}

}
