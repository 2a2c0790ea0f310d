package io.plrlive.benchmarks.capture;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.schema.PlrSchema;
import io.plrlive.testing.HostDatabase;
import io.plrlive.testing.InProcessKafkaBroker;

/**
 * One system under test: a fresh PostgreSQL with the PLR schema, a fresh broker,
 * change-capture with one path, the seeded quiz, a load generator and a reader of the
 * participant changes. Everything runs on loopback and stops on {@link #close()}.
 */
final class CapturePipeline implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CapturePipeline.class);

	private static final Duration SEED_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration BACKLOG_TIMEOUT = Duration.ofMinutes(5);

	/** Writers of a backlog: as many as keep the database busy on this machine. */
	private static final int BACKLOG_WRITERS = 4;

	/** Load that warms up the JIT of every component before the first measured rate. */
	static final int WARMUP_RATE = 1000;

	private final CapturePathUnderTest path;

	private final WalWriterDelay delay;

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private final LatencyTracker tracker = new LatencyTracker();

	private BenchmarkPostgres postgres;

	private LoadGenerator generator;

	private String bootstrapServers;

	private CaptureService capture;

	private CapturePipeline(CapturePathUnderTest path, WalWriterDelay delay) {
		this.path = path;
		this.delay = delay;
	}

	/**
	 * Starts everything, seeds the quiz and waits until the seed's own changes have
	 * arrived, which proves the path works end to end.
	 * @param path the capture path to measure
	 * @param delay the server's {@code wal_writer_delay}
	 * @param students participants to seed
	 * @param synchronousCommit whether the writers keep synchronous commit
	 * @param warmup how long to run an unmeasured load first
	 * @return the ready pipeline
	 */
	static CapturePipeline start(CapturePathUnderTest path, WalWriterDelay delay, int students,
			boolean synchronousCommit, Duration warmup) {
		CapturePipeline pipeline = new CapturePipeline(path, delay);
		try {
			pipeline.startAll(students, synchronousCommit);
			log.info("Warming up at {} changes/s for {} s", WARMUP_RATE, warmup.toSeconds());
			pipeline.generator.run(WARMUP_RATE, warmup, Duration.ZERO, writersFor(WARMUP_RATE));
			awaitDrained(pipeline.tracker::outstanding, SETTLE_TIMEOUT);
			return pipeline;
		}
		catch (RuntimeException ex) {
			pipeline.close();
			throw ex;
		}
	}

	/**
	 * Runs one offered rate and waits (bounded) for its changes to arrive.
	 * @param rate changes per second
	 * @param warmup unmeasured time first
	 * @param window measured time
	 * @return the figures
	 */
	StepResult measure(int rate, Duration warmup, Duration window) {
		int writers = writersFor(rate);
		log.info("{} path, {}: {} changes/s with {} writers for {} s (+{} s warm-up)", this.path.label(),
				this.delay.label(), rate, writers, window.toSeconds(), warmup.toSeconds());
		RateStep step = this.generator.run(rate, warmup, window, writers);
		long lost = awaitDrained(() -> this.tracker.outstanding(step), DRAIN_TIMEOUT);
		if (lost > 0) {
			// A backlog would spill into the next step's figures: let it arrive first.
			long left = awaitDrained(this.tracker::outstanding, SETTLE_TIMEOUT);
			log.warn("{} changes had not arrived {} s after the step; {} still missing after {} s more", lost,
					DRAIN_TIMEOUT.toSeconds(), left, SETTLE_TIMEOUT.toSeconds());
		}
		StepResult result = step.result(this.path, this.delay, lost);
		warnOfTriggerFaults();
		return result;
	}

	/**
	 * Stops change-capture, writes a backlog of changes, starts change-capture again and
	 * waits (bounded) until the whole backlog has arrived. Only meaningful for the CDC
	 * path: the replication slot keeps what was committed meanwhile, NOTIFY does not.
	 * @param changes changes in the backlog
	 * @return the figures
	 */
	BacklogDrain drainBacklog(long changes) {
		log.info("{} path, {}: backlog of {} changes written while change-capture is stopped", this.path.label(),
				this.delay.label(), changes);
		this.capture.close();
		long writing = System.nanoTime();
		RateStep backlog = this.generator.backlog(changes, BACKLOG_WRITERS);
		Duration written = Duration.ofNanos(System.nanoTime() - writing);
		if (!backlog.complete()) {
			throw new IllegalStateException("Writing the backlog failed; see the writers' warnings");
		}
		long restart = System.nanoTime();
		this.capture = CaptureService.start(this.path, this.postgres.jdbcUrl(), this.bootstrapServers);
		long missing = awaitDrained(() -> this.tracker.outstanding(backlog), BACKLOG_TIMEOUT);
		if (missing > 0) {
			throw new IllegalStateException(missing + " of " + changes + " backlog changes had not arrived "
					+ BACKLOG_TIMEOUT.toMinutes() + " min after change-capture started again");
		}
		warnOfTriggerFaults();
		return new BacklogDrain(changes, BACKLOG_WRITERS, written, Duration.ofNanos(backlog.lastArrival() - restart),
				backlog.arrivalSpan());
	}

	Map<String, String> serverSettings() {
		return this.postgres.settings();
	}

	@Override
	public void close() {
		while (!this.started.isEmpty()) {
			AutoCloseable resource = this.started.pop();
			try {
				resource.close();
			}
			catch (Exception ex) {
				log.warn("Stopping {} failed: {}", resource.getClass().getSimpleName(), ex.getMessage());
			}
		}
	}

	private void startAll(int students, boolean synchronousCommit) {
		this.postgres = started(BenchmarkPostgres.start(this.delay));
		PlrSchema.migrateStandalone(this.postgres.dataSource());
		InProcessKafkaBroker kafka = started(InProcessKafkaBroker.start());
		this.bootstrapServers = kafka.bootstrapServers();
		this.capture = CaptureService.start(this.path, this.postgres.jdbcUrl(), this.bootstrapServers);
		this.started.push(() -> this.capture.close());
		started(ParticipantChangeConsumer.start(this.bootstrapServers, this.tracker));
		List<SeededParticipant> participants = HostSeed.seed(this.postgres.dataSource(), students);
		RateStep seed = new RateStep(0, 0, System.nanoTime(), Duration.ZERO);
		participants.forEach((participant) -> this.tracker.committed(
				LatencyTracker.key(participant.participantId(), participant.version()), System.nanoTime(), seed,
				false));
		long missing = awaitDrained(() -> this.tracker.outstanding(seed), SEED_TIMEOUT);
		if (missing > 0) {
			throw new IllegalStateException(missing + " of " + students + " seeded participants did not reach "
					+ "plr.participant-changes on the " + this.path.label() + " path within " + SEED_TIMEOUT.toSeconds()
					+ " s");
		}
		this.generator = new LoadGenerator(this.postgres.jdbcUrl(), participants, this.tracker, synchronousCommit);
	}

	private <T extends AutoCloseable> T started(T resource) {
		this.started.push(resource);
		return resource;
	}

	// A few connections keep up with a low rate; more hide the round trips at high rates,
	// without outnumbering the cores by too much.
	static int writersFor(int rate) {
		return (rate <= 1000) ? 4 : Math.min(12, 4 + rate / 2500);
	}

	private static long awaitDrained(LongSupplier outstanding, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long left = outstanding.getAsLong();
		while (left > 0 && System.nanoTime() < deadline) {
			try {
				TimeUnit.MILLISECONDS.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return left;
			}
			left = outstanding.getAsLong();
		}
		return left;
	}

	private void warnOfTriggerFaults() {
		long faults = new HostDatabase(this.postgres.dataSource()).queryLong("SELECT count(*) FROM plr_trigger_faults");
		if (faults > 0) {
			log.warn("plr_trigger_faults holds {} rows: some changes were not captured", faults);
		}
	}

}
