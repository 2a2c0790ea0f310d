package io.plrlive.gateway.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.plrlive.gateway.GatewayProperties;

/**
 * The periodic work on open streams: heartbeats on idle ones, closing those whose browser
 * stays behind, and reporting and sending changed viewer counts. On shutdown it tells
 * every browser to reconnect, before the web server stops.
 */
final class StreamMaintenance implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(StreamMaintenance.class);

	private static final Duration TICK = Duration.ofMillis(250);

	private final StreamHub hub;

	private final StreamMetrics metrics;

	private final GatewayProperties properties;

	private final ViewerCountReports reports;

	private final Map<Long, Integer> countsSent = new HashMap<>();

	private ScheduledExecutorService scheduler;

	private long lastCountsNanos;

	private volatile boolean running;

	StreamMaintenance(StreamHub hub, StreamMetrics metrics, GatewayProperties properties, ViewerCountReports reports) {
		this.hub = hub;
		this.reports = reports;
		this.metrics = metrics;
		this.properties = properties;
	}

	@Override
	public void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "plr-stream-maintenance");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
		this.running = true;
	}

	@Override
	public void stop() {
		this.hub.closeAll();
		this.scheduler.shutdownNow();
		try {
			this.reports.withdrawAll();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not withdraw this replica's viewer counts; others drop them within {}",
					ViewerCountReports.STALE_AFTER, ex);
		}
		this.reports.close();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void tick() {
		try {
			// A heartbeat is due a tick early, so that none is ever later than the
			// interval.
			Duration idle = this.properties.heartbeat().interval().minus(TICK);
			Duration maxLag = this.properties.slowSubscriber().maxLag();
			this.hub.forEachSubscriber((subscriber) -> {
				if (subscriber.behind(maxLag)) {
					logger.info("Closing a stream of course instance {}: its browser stayed behind for over {}",
							subscriber.courseInstanceId(), maxLag);
					this.metrics.subscriberDropped();
					subscriber.disconnect();
				}
				else {
					subscriber.heartbeatIfIdle(idle);
				}
			});
			long now = System.nanoTime();
			if (now - this.lastCountsNanos >= this.properties.viewerCountInterval().toNanos()) {
				this.lastCountsNanos = now;
				sendChangedViewerCounts();
			}
		}
		catch (RuntimeException ex) {
			logger.error("Stream maintenance failed; trying again next tick", ex);
		}
	}

	private void sendChangedViewerCounts() {
		this.reports.report(this.hub.localViewerCounts(), Instant.now());
		this.countsSent.keySet().retainAll(this.hub.watchedCourseInstances());
		for (long courseInstanceId : this.hub.watchedCourseInstances()) {
			int count = this.hub.viewerCount(courseInstanceId);
			Integer sent = this.countsSent.put(courseInstanceId, count);
			if (sent == null || sent != count) {
				this.hub.forEachSubscriber(courseInstanceId, (subscriber) -> subscriber.mark(Slot.VIEWERS));
			}
		}
	}

}
