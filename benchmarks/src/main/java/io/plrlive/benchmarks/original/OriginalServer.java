package io.plrlive.benchmarks.original;

import java.net.URI;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The original design's push server, rebuilt (original-plr.md §5.3): the empty-payload
 * trigger, the LISTEN client, the handlers with their pool, and the SSE server every
 * result is written to. Stops on {@link #close()} and removes its trigger.
 */
final class OriginalServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OriginalServer.class);

	private final DataSource dataSource;

	private final ActivityCounters counters = new ActivityCounters();

	private SseBroadcastServer sse;

	private NotificationHandlers handlers;

	private TableChangeListener listener;

	private OriginalServer(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Installs the trigger and starts the server.
	 * @param dataSource the database, already seeded
	 * @param eventLoops the SSE server's event-loop threads
	 * @param observer told of each event before it is written
	 * @return the running server
	 */
	static OriginalServer start(DataSource dataSource, int eventLoops, BroadcastObserver observer) {
		OriginalServer server = new OriginalServer(dataSource);
		try {
			EmptyPayloadTrigger.install(dataSource);
			server.sse = new SseBroadcastServer(eventLoops);
			server.handlers = new NotificationHandlers(dataSource, server.sse, server.counters, observer);
			server.listener = new TableChangeListener(dataSource, (count) -> {
				server.counters.received(count);
				server.handlers.notified(count);
			});
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
		log.info("The original design's server listens on {}", server.sse.streamUri(0).getPort());
		return server;
	}

	URI streamUri(long courseInstanceId) {
		return this.sse.streamUri(courseInstanceId);
	}

	NotificationActivity activity() {
		return this.counters.snapshot();
	}

	/**
	 * Notifications received and not yet taken by a handler.
	 * @return how many
	 */
	int waiting() {
		return this.handlers.waiting();
	}

	/**
	 * Notifications being handled: queried, or written to some streams but not yet all.
	 * @return how many
	 */
	int handling() {
		return this.handlers.handling();
	}

	@Override
	public void close() {
		if (this.listener != null) {
			this.listener.close();
		}
		if (this.handlers != null) {
			this.handlers.close();
		}
		if (this.sse != null) {
			this.sse.close();
		}
		try {
			EmptyPayloadTrigger.remove(this.dataSource);
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove the original's trigger: {}", ex.getMessage());
		}
	}

}
