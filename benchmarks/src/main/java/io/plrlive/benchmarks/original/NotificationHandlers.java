package io.plrlive.benchmarks.original;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The original's notification handler ({@code server.js}): for each notification, re-run
 * the global live-results query, then write the whole result to every stream; errors are
 * logged only. Node started a handler per notification at once and let them overlap
 * without order, their queries queueing for the shared pool. Here a few handler threads,
 * each with one connection of a small pool, take notifications as they come and likewise
 * overlap without order, so an older result may be written after a newer one. Waiting
 * notifications are only a count, so none is ever dropped however far behind the handlers
 * fall.
 * <p>
 * Two bounds keep a collapsed run from taking the JVM down, where Node would have grown
 * without limit: {@value #HANDLERS} handlers (the pool's size; more would only add
 * contention on two cores), and at most {@value #RESULTS_IN_FLIGHT} results still being
 * written at once, after which a handler waits before its next broadcast. Neither changes
 * anything until the server is already far behind.
 */
final class NotificationHandlers implements AutoCloseable {

	static final int HANDLERS = 4;

	static final int RESULTS_IN_FLIGHT = 32;

	private static final Logger log = LoggerFactory.getLogger(NotificationHandlers.class);

	private static final long POLL_MILLIS = 100;

	private final SseBroadcastServer server;

	private final ActivityCounters counters;

	private final BroadcastObserver observer;

	private final Semaphore waiting = new Semaphore(0);

	private final Semaphore inFlight = new Semaphore(RESULTS_IN_FLIGHT);

	private final List<Connection> pool = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicInteger handling = new AtomicInteger();

	private volatile boolean running = true;

	NotificationHandlers(DataSource dataSource, SseBroadcastServer server, ActivityCounters counters,
			BroadcastObserver observer) {
		this.server = server;
		this.counters = counters;
		this.observer = observer;
		try {
			for (int i = 0; i < HANDLERS; i++) {
				Connection connection = dataSource.getConnection();
				this.pool.add(connection);
				LiveResultsQuery query = new LiveResultsQuery(connection);
				Thread thread = new Thread(() -> handle(query), "original-handler-" + i);
				thread.setDaemon(true);
				this.threads.add(thread);
			}
		}
		catch (SQLException ex) {
			close();
			throw new IllegalStateException("Could not open the handlers' pool: " + ex.getMessage(), ex);
		}
		this.threads.forEach(Thread::start);
	}

	/**
	 * Notifications arrived.
	 * @param count how many
	 */
	void notified(int count) {
		this.waiting.release(count);
	}

	/**
	 * Notifications not yet taken by a handler.
	 * @return how many
	 */
	int waiting() {
		return this.waiting.availablePermits();
	}

	/**
	 * Notifications taken by a handler whose result has not yet been written to every
	 * stream.
	 * @return how many
	 */
	int handling() {
		return this.handling.get();
	}

	private void handle(LiveResultsQuery query) {
		while (this.running) {
			try {
				handleNext(query);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (SQLException | RuntimeException ex) {
				// As in the original: logged, and the next notification is handled as
				// usual.
				if (this.running && this.failures.getAndIncrement() < 3) {
					log.warn("A handler failed: {}", ex.getMessage());
				}
			}
		}
	}

	private void handleNext(LiveResultsQuery query) throws InterruptedException, SQLException {
		if (!this.waiting.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
			return;
		}
		this.handling.incrementAndGet();
		boolean broadcasting = false;
		try {
			long started = System.nanoTime();
			LiveResults results = query.run();
			long queried = System.nanoTime();
			while (!this.inFlight.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				if (!this.running) {
					return;
				}
			}
			byte[] event = SseBroadcastServer.event("scores", results.json());
			this.observer.broadcasting(event, results);
			long broadcast = System.nanoTime();
			broadcasting = true;
			try {
				this.server.broadcast(event, (bytes) -> {
					this.counters.handled(results.rows(), event.length, bytes, queried - started,
							System.nanoTime() - broadcast);
					this.handling.decrementAndGet();
					this.inFlight.release();
				});
			}
			catch (RuntimeException ex) {
				this.handling.decrementAndGet();
				this.inFlight.release();
				throw ex;
			}
		}
		finally {
			if (!broadcasting) {
				this.handling.decrementAndGet();
			}
		}
	}

	@Override
	public void close() {
		this.running = false;
		for (Thread thread : this.threads) {
			thread.interrupt();
		}
		for (Thread thread : this.threads) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		for (Connection connection : this.pool) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("Closing a handler's connection failed: {}", ex.getMessage());
			}
		}
	}

}
