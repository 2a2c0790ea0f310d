package io.plrlive.benchmarks.scale;

import java.time.Duration;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.pipeline.BoardSubscribers;
import io.plrlive.benchmarks.pipeline.CommitLog;
import io.plrlive.benchmarks.pipeline.PipelineSeed;
import io.plrlive.benchmarks.pipeline.PipelineSystem;
import io.plrlive.benchmarks.pipeline.ScoreWriters;
import io.plrlive.benchmarks.pipeline.SeededClass;
import io.plrlive.benchmarks.report.Figures;

/**
 * Measures one point of a curve on a fresh pipeline in this JVM, as the end-to-end
 * benchmark runs it: PostgreSQL, the broker, change-capture, the score aggregator and the
 * SSE gateway started anew, the classes seeded, the subscribers opened, a warm-up at the
 * offered rate, then the measured window at the same rate. Every wait is bounded: a point
 * that cannot start, open its subscribers or deliver in time is recorded as such.
 */
final class PointMeasurement {

	private static final Logger log = LoggerFactory.getLogger(PointMeasurement.class);

	/**
	 * The wait for the subscribers' first boards: a minute, and 10 ms more per stream.
	 */
	private static final Duration OPEN_TIMEOUT_BASE = Duration.ofSeconds(60);

	private static final Duration OPEN_TIMEOUT_PER_STREAM = Duration.ofMillis(10);

	/**
	 * The wait, after the warm-up, for its changes to reach every subscriber: the
	 * pipeline has then also worked off the seed, which comes before them.
	 */
	private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The wait, after a window, for the changes it committed to reach every subscriber.
	 */
	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

	private static final int CLIENT_EVENT_LOOPS = 2;

	private final PointPlan plan;

	PointMeasurement(PointPlan plan) {
		this.plan = plan;
	}

	PointResult measure() {
		ScaleShape requested = this.plan.shape();
		log.info("Measuring {} at {} changes/s", requested.describe(), Figures.rate(this.plan.rate()));
		long started = System.nanoTime();
		ScaleShape measured = requested;
		try (PipelineSystem system = PipelineSystem.start()) {
			log.info("Pipeline started in {} s; seeding", seconds(since(started)));
			List<SeededClass> classes;
			try (SeedConnection seed = new SeedConnection(system.dataSource())) {
				classes = PipelineSeed.seed(seed, requested.courseInstances(), requested.students());
			}
			log.info("Seeded after {} s; starting the gateway", seconds(since(started)));
			system.startGateway();
			log.info("Gateway ready after {} s", seconds(since(started)));
			OpenFileBudget files = OpenFileBudget.now();
			measured = requested.withSubscribers(files.streamsThatFit(requested.subscribers()));
			if (measured.subscribers() < requested.subscribers()) {
				log.warn("Opening {} subscribers instead of {}: {} of {} files are open, 2 per stream",
						Figures.rate(measured.subscribers()), Figures.rate(requested.subscribers()), files.open(),
						files.limit());
			}
			CommitLog commits = new CommitLog(classes.size(), capacity(classes.size()));
			ScoreWriters writers = new ScoreWriters(system.jdbcUrl(), classes, commits);
			try (BoardSubscribers subscribers = new BoardSubscribers(commits, CLIENT_EVENT_LOOPS)) {
				subscribers.open(measured.subscribers(), classes, system::streamUri, openTimeout(measured));
				Duration setup = since(started);
				PointFigures figures = measureWindow(PostgresProcesses.of(system.dataSource()), writers, subscribers);
				return PointResult.measured(requested, measured, setup, figures);
			}
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.warn("{} failed: {}", requested.describe(), ex.toString());
			return PointResult.failed(requested, measured, since(started), ex.getClass().getSimpleName() + ": "
					+ ((ex.getMessage() != null) ? ex.getMessage() : "no message"));
		}
	}

	private PointFigures measureWindow(PostgresProcesses postgres, ScoreWriters writers, BoardSubscribers subscribers) {
		int rate = this.plan.rate();
		log.info("Warming up at {} changes/s for {} s", Figures.rate(rate), this.plan.warmup().toSeconds());
		writers.run(rate, this.plan.warmup());
		long behind = subscribers.awaitDelivered(SETTLE_TIMEOUT);
		if (behind > 0) {
			log.warn("{} warm-up changes were still undelivered after {} s; measuring all the same", behind,
					SETTLE_TIMEOUT.toSeconds());
		}
		subscribers.latencies();
		int endedBefore = subscribers.ended();
		ProcessorSample before = ProcessorSample.take(postgres);
		long committed = writers.run(rate, this.plan.window());
		ProcessorUse processors = before.until(ProcessorSample.take(postgres));
		long undelivered = subscribers.awaitDelivered(DRAIN_TIMEOUT);
		Histogram latencies = subscribers.latencies();
		MemoryUse memory = MemoryUse.afterFullGc(postgres);
		double seconds = this.plan.window().toNanos() / 1e9;
		PointFigures figures = new PointFigures(committed / seconds, latencies, latencies.getTotalCount() / seconds,
				undelivered, subscribers.ended(), processors, memory);
		log.info(
				"Committed {}/s; p50 {} ms, p99 {} ms over {} deliveries, {} undelivered, {} streams ended ({} in the "
						+ "window); cores: JVM {}, PostgreSQL {}, machine {}; heap {} MiB, JVM RSS {} MiB, "
						+ "PostgreSQL {} MiB",
				Figures.rate(figures.committedPerSecond()), Figures.millis(figures.percentileMillis(50)),
				Figures.millis(figures.percentileMillis(99)), Figures.rate(latencies.getTotalCount()),
				Figures.rate(undelivered), subscribers.ended(), subscribers.ended() - endedBefore,
				ProcessorUse.cores(processors.jvmCores()), ProcessorUse.cores(processors.postgresCores()),
				ProcessorUse.cores(processors.machineCores()),
				Figures.rate(MemoryUse.mebibytes(memory.jvm().heapUsedBytes())),
				Figures.rate(MemoryUse.mebibytes(memory.jvm().residentBytes())),
				Figures.rate(MemoryUse.mebibytes(memory.postgresBytes())));
		return figures;
	}

	// Changes per course instance over warm-up and window, with room to spare.
	private int capacity(int courseInstances) {
		long changes = this.plan.rate() * (this.plan.warmup().toSeconds() + this.plan.window().toSeconds());
		return (int) (2 * changes / courseInstances + 1024);
	}

	private static Duration openTimeout(ScaleShape shape) {
		return OPEN_TIMEOUT_BASE.plus(OPEN_TIMEOUT_PER_STREAM.multipliedBy(shape.subscribers()));
	}

	private static String seconds(Duration duration) {
		return Figures.millis(duration.toMillis() / 1000.0);
	}

	private static Duration since(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos);
	}

}
