package io.plrlive.gateway.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

import io.plrlive.gateway.GatewayProperties;
import io.plrlive.gateway.access.Viewer;
import io.plrlive.gateway.cache.CacheListener;
import io.plrlive.gateway.cache.CachedBoard;
import io.plrlive.gateway.cache.BoardCache;
import io.plrlive.gateway.problem.Refusal;

/**
 * The replica's open streams by course instance: admits new ones within the connection
 * caps, routes every cache change to the streams it concerns, and counts viewers.
 */
final class StreamHub implements CacheListener {

	private static final Logger logger = LoggerFactory.getLogger(StreamHub.class);

	private static final Duration RETRY_AFTER_USER_CAP = Duration.ofSeconds(10);

	private static final Duration RETRY_AFTER_REPLICA_CAP = Duration.ofSeconds(5);

	private final Map<Long, Set<Subscriber>> byCourseInstance = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> perUser = new ConcurrentHashMap<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final BoardCache cache;

	private final String replicaId;

	private final GatewayProperties properties;

	private volatile StreamMetrics metrics;

	private volatile boolean accepting = true;

	StreamHub(BoardCache cache, GatewayProperties properties, String replicaId) {
		this.cache = cache;
		this.replicaId = replicaId;
		this.properties = properties;
	}

	void useMetrics(StreamMetrics metrics) {
		this.metrics = metrics;
	}

	/**
	 * Takes a connection slot for a viewer, within the per-user and per-replica caps.
	 * @param viewer the viewer
	 * @return the slot, to release when the stream ends
	 * @throws Refusal 429 or 503 with {@code Retry-After} when a cap is reached, 503
	 * while the replica shuts down
	 */
	Admission admit(Viewer viewer) {
		if (!this.accepting) {
			throw refused(HttpStatus.SERVICE_UNAVAILABLE, "shutting-down",
					"This replica is shutting down; connect again to reach another one.", RETRY_AFTER_REPLICA_CAP);
		}
		if (this.connections.incrementAndGet() > this.properties.maxConnections()) {
			this.connections.decrementAndGet();
			throw refused(
					HttpStatus.SERVICE_UNAVAILABLE, "replica-full", "This replica holds its maximum of "
							+ this.properties.maxConnections() + " streams; connect again to reach another one.",
					RETRY_AFTER_REPLICA_CAP);
		}
		AtomicInteger userConnections = this.perUser.compute(viewer.handle(), (handle, count) -> {
			AtomicInteger counter = (count != null) ? count : new AtomicInteger();
			counter.incrementAndGet();
			return counter;
		});
		if (userConnections.get() > this.properties.maxConnectionsPerUser()) {
			releaseUser(viewer.handle());
			this.connections.decrementAndGet();
			throw refused(HttpStatus.TOO_MANY_REQUESTS, "user-limit",
					"You have " + this.properties.maxConnectionsPerUser()
							+ " streams open already; close a tab or wait for an old stream to end.",
					RETRY_AFTER_USER_CAP);
		}
		return new Admission(this, viewer.handle());
	}

	void add(Subscriber subscriber) {
		this.byCourseInstance.computeIfAbsent(subscriber.courseInstanceId(), (id) -> ConcurrentHashMap.newKeySet())
			.add(subscriber);
	}

	void remove(Subscriber subscriber) {
		this.byCourseInstance.computeIfPresent(subscriber.courseInstanceId(), (id, subscribers) -> {
			subscribers.remove(subscriber);
			return subscribers.isEmpty() ? null : subscribers;
		});
	}

	private void release(String handle) {
		releaseUser(handle);
		this.connections.decrementAndGet();
	}

	private void releaseUser(String handle) {
		this.perUser.computeIfPresent(handle, (key, count) -> (count.decrementAndGet() > 0) ? count : null);
	}

	/**
	 * Open streams of a course instance on every replica: this one's, and the fresh
	 * counts the others report.
	 * @param courseInstanceId the course instance
	 * @return the viewer count
	 */
	int viewerCount(long courseInstanceId) {
		return localViewerCount(courseInstanceId) + this.cache.viewerCounts()
			.othersTotal(courseInstanceId, this.replicaId, Instant.now(), ViewerCountReports.STALE_AFTER);
	}

	/**
	 * Open streams of a course instance on this replica.
	 * @param courseInstanceId the course instance
	 * @return the viewer count
	 */
	int localViewerCount(long courseInstanceId) {
		Set<Subscriber> subscribers = this.byCourseInstance.get(courseInstanceId);
		return (subscribers != null) ? subscribers.size() : 0;
	}

	/**
	 * This replica's viewers per course instance with any.
	 * @return the counts
	 */
	Map<Long, Integer> localViewerCounts() {
		Map<Long, Integer> counts = new HashMap<>();
		this.byCourseInstance.forEach((courseInstanceId, subscribers) -> {
			if (!subscribers.isEmpty()) {
				counts.put(courseInstanceId, subscribers.size());
			}
		});
		return counts;
	}

	/**
	 * Open streams on this replica.
	 * @return the count of admitted connections
	 */
	int connections() {
		return this.connections.get();
	}

	/**
	 * Users with at least one stream.
	 * @return the number of users counted against the per-user cap
	 */
	int users() {
		return this.perUser.size();
	}

	/**
	 * Course instances with at least one subscriber.
	 * @return their ids
	 */
	Set<Long> watchedCourseInstances() {
		return this.byCourseInstance.keySet();
	}

	void forEachSubscriber(Consumer<Subscriber> action) {
		this.byCourseInstance.values().forEach((subscribers) -> subscribers.forEach(action));
	}

	void forEachSubscriber(long courseInstanceId, Consumer<Subscriber> action) {
		Set<Subscriber> subscribers = this.byCourseInstance.get(courseInstanceId);
		if (subscribers != null) {
			subscribers.forEach(action);
		}
	}

	/**
	 * Refuses new streams and tells every open one to reconnect elsewhere.
	 */
	void closeAll() {
		this.accepting = false;
		logger.info("Telling {} streams to reconnect to another replica", this.connections.get());
		forEachSubscriber((subscriber) -> subscriber.mark(Slot.RECONNECT));
	}

	@Override
	public void boardChanged(CachedBoard board) {
		Slot slot = Slot.of(board.id().kind());
		if (board.courseInstanceId() != null) {
			forEachSubscriber(board.courseInstanceId(), (subscriber) -> subscriber.mark(slot));
		}
		else {
			for (long courseInstanceId : this.cache.directory().instancesOf(board.courseId())) {
				forEachSubscriber(courseInstanceId, (subscriber) -> subscriber.mark(slot));
			}
		}
	}

	@Override
	public void achievementsChanged(long courseInstanceId, String handle) {
		forEachSubscriber(courseInstanceId, (subscriber) -> {
			if (subscriber.viewer().handle().equals(handle)) {
				subscriber.mark(Slot.ACHIEVEMENTS);
			}
		});
	}

	private Refusal refused(HttpStatus status, String reason, String detail, Duration retryAfter) {
		Optional.ofNullable(this.metrics).ifPresent((meters) -> meters.refused(reason));
		return Refusal.of(status, detail).retryAfter(retryAfter);
	}

	/**
	 * A connection slot taken by {@link #admit}; released once, however often asked.
	 */
	static final class Admission {

		private final StreamHub hub;

		private final String handle;

		private final AtomicBoolean released = new AtomicBoolean();

		private Admission(StreamHub hub, String handle) {
			this.hub = hub;
			this.handle = handle;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				this.hub.release(this.handle);
			}
		}

	}

}
