package io.plrlive.capture.debezium;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.plrlive.capture.Backoff;
import io.plrlive.capture.publish.ChangePublisher;

/**
 * Runs the Debezium embedded engine on its own thread for as long as the service runs. An
 * engine cannot be restarted, so after a failure a new one is built, with backoff; it
 * resumes from the offsets committed in Kafka.
 */
public class DebeziumEngineLifecycle implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DebeziumEngineLifecycle.class);

	private final Properties engineProperties;

	private final ChangeBatchHandler batchHandler;

	private final Backoff restartBackoff;

	private ScheduledExecutorService executor;

	private volatile EngineState state = new EngineState(EngineState.Status.STOPPED, Instant.now(), null, 0);

	private volatile boolean running;

	private volatile DebeziumEngine<?> engine;

	private int consecutiveFailures;

	private final LostPositionCheck lostPositionCheck;

	public DebeziumEngineLifecycle(Properties engineProperties, LostPositionCheck lostPositionCheck,
			ChangePublisher publisher, Backoff restartBackoff, Duration acknowledgementTimeout) {
		this.engineProperties = engineProperties;
		this.lostPositionCheck = lostPositionCheck;
		this.batchHandler = new ChangeBatchHandler(publisher, acknowledgementTimeout);
		this.restartBackoff = restartBackoff;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "plr-cdc-engine");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.execute(this::runEngine);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		closeEngine();
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
				log.warn("Debezium engine did not stop within 30 s");
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.state = this.state.to(EngineState.Status.STOPPED, this.state.lastError());
		log.info("Debezium engine stopped");
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	EngineState state() {
		return this.state;
	}

	private void runEngine() {
		if (!this.running) {
			return;
		}
		this.state = this.state.to(EngineState.Status.STARTING, this.state.lastError());
		if (positionLost()) {
			return;
		}
		DebeziumEngine<?> built = DebeziumEngine.create(Json.class)
			.using(this.engineProperties)
			.notifying(this.batchHandler)
			.using(new EngineCallbacks())
			.using(this::completed)
			.build();
		this.engine = built;
		log.info("Debezium engine starting on slot {}", this.engineProperties.getProperty("slot.name"));
		// Blocks this thread until the engine stops or fails; completed(...) then decides
		// what follows.
		built.run();
	}

	private boolean positionLost() {
		Optional<String> problem;
		try {
			problem = this.lostPositionCheck.problem();
		}
		catch (SQLException | RuntimeException ex) {
			completed(false, "Could not check the replication slot: " + ex.getMessage(), ex);
			return true;
		}
		problem.ifPresent((reason) -> {
			// Not retried: only an operator can decide to read everything again.
			this.state = this.state.to(EngineState.Status.POSITION_LOST, reason);
			log.error("Debezium engine not started. {}", reason);
		});
		return problem.isPresent();
	}

	private void completed(boolean success, String message, Throwable error) {
		if (!this.running) {
			return;
		}
		this.consecutiveFailures++;
		Duration delay = this.restartBackoff.delay(this.consecutiveFailures);
		String reason = (error != null) ? error.getMessage() : message;
		this.state = this.state.to(EngineState.Status.RESTARTING, reason);
		log.atError()
			.addKeyValue("attempt", this.consecutiveFailures)
			.setCause(error)
			.log("Debezium engine stopped unexpectedly ({}); building a new one in {} ms", reason, delay.toMillis());
		try {
			this.executor.schedule(this::runEngine, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			log.debug("Not rebuilding the engine: the service is stopping");
		}
	}

	private void closeEngine() {
		DebeziumEngine<?> current = this.engine;
		if (current == null) {
			return;
		}
		try {
			current.close();
		}
		catch (IOException ex) {
			log.warn("Closing the Debezium engine failed", ex);
		}
	}

	@Override
	public int getPhase() {
		// Start after the Kafka producer is usable, stop before it closes.
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	private final class EngineCallbacks implements DebeziumEngine.ConnectorCallback {

		@Override
		public void pollingStarted() {
			DebeziumEngineLifecycle.this.consecutiveFailures = 0;
			DebeziumEngineLifecycle.this.state = DebeziumEngineLifecycle.this.state.to(EngineState.Status.STREAMING,
					null);
			log.info("Debezium engine streaming changes");
		}

	}

}
