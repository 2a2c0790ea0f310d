package io.plrlive.benchmarks.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import io.plrlive.contracts.Topics;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.testing.InProcessKafkaBroker;

/**
 * Measures one load on a fresh broker and a fresh aggregator: seeds the live sessions,
 * drains a backlog of score changes as fast as the aggregator can (sustained rate), then
 * offers changes at a fixed rate on a fixed timeline (open loop) and times each from its
 * send to the first snapshot that shows it.
 */
final class ShapeMeasurement {

	/** Partitions of each change topic, as a small production deployment would have. */
	static final int PARTITIONS = 4;

	private static final Logger log = LoggerFactory.getLogger(ShapeMeasurement.class);

	private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration LATE = Duration.ofSeconds(10);

	private final RankingOptions options;

	ShapeMeasurement(RankingOptions options) {
		this.options = options;
	}

	ShapeResult measure(ClassShape shape) {
		Path stateDir = temporaryDirectory();
		try (InProcessKafkaBroker broker = InProcessKafkaBroker.start()) {
			broker.createTopics(List.of(Topics.LIVE_SESSION_CHANGES, Topics.PARTICIPANT_CHANGES, Topics.STUDENT_CHANGES,
					Topics.SCORES, Topics.SESSION_RESULTS, Topics.ACHIEVEMENTS), PARTITIONS);
			try (AggregatorService aggregator = AggregatorService.start(broker.bootstrapServers(), stateDir);
					ScoresWatcher watcher = ScoresWatcher.start(broker.bootstrapServers());
					ChangeSender sender = new ChangeSender(broker.bootstrapServers());
					StreamsLag lag = new StreamsLag(broker.bootstrapServers(), AggregatorService.APPLICATION_ID)) {
				return measure(shape, watcher, sender, lag);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(stateDir.toFile());
		}
	}

	private ShapeResult measure(ClassShape shape, ScoresWatcher watcher, ChangeSender sender, StreamsLag lag) {
		LiveClasses classes = new LiveClasses(shape);
		long seedStart = System.nanoTime();
		for (RowChange row : classes.seed()) {
			if (row instanceof ParticipantChanged participant) {
				watcher.sending(participant, false);
			}
			sender.send(row);
		}
		sender.flush();
		requireSettled(watcher, shape.label() + " seed");
		double seedSeconds = seconds(System.nanoTime() - seedStart);
		log.info("{}: {} participants on their boards after {} s", shape.label(), classes.participants(),
				String.format("%.1f", seedSeconds));

		long backlog = Math.max((long) classes.participants() * this.options.backlogPerStudent(),
				this.options.minimumBacklog());
		long backlogStart = System.nanoTime();
		for (long change = 0; change < backlog; change++) {
			sender.send(classes.nextChange());
		}
		sender.flush();
		double produceSeconds = seconds(System.nanoTime() - backlogStart);
		if (!lag.awaitCaughtUp(0, SETTLE_TIMEOUT)) {
			throw new IllegalStateException(shape.label() + ": the aggregator did not process the backlog of " + backlog
					+ " changes within " + SETTLE_TIMEOUT.toMinutes() + " min");
		}
		double drainSeconds = seconds(System.nanoTime() - backlogStart);
		log.info("{}: backlog of {} changes drained in {} s", shape.label(), backlog,
				String.format("%.1f", drainSeconds));

		long lost = offerAtFixedRate(classes, watcher, sender);
		WatchedLatencies latencies = watcher.takeLatencies();
		log.info("{}: {} changes/s, p50 {} ms, p99 {} ms (snapshot made: p50 {} ms, p99 {} ms)", shape.label(),
				this.options.latencyRate(), latencies.untilReadMillis(50), latencies.untilReadMillis(99),
				latencies.untilMadeMillis(50), latencies.untilMadeMillis(99));
		return new ShapeResult(shape, seedSeconds, backlog, produceSeconds, drainSeconds, this.options.latencyRate(),
				latencies, lost);
	}

	private long offerAtFixedRate(LiveClasses classes, ScoresWatcher watcher, ChangeSender sender) {
		watcher.takeLatencies();
		long intervalNanos = 1_000_000_000L / this.options.latencyRate();
		long start = System.nanoTime();
		long measuredFrom = start + this.options.warmUp().toNanos();
		long end = measuredFrom + this.options.window().toNanos();
		for (long change = 0;; change++) {
			long due = start + change * intervalNanos;
			if (due >= end) {
				break;
			}
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			ParticipantChanged next = classes.nextChange();
			watcher.sending(next, due >= measuredFrom);
			sender.send(next);
		}
		sender.flush();
		awaitSettled(watcher, LATE);
		return watcher.sent() - watcher.settled();
	}

	private static void requireSettled(ScoresWatcher watcher, String what) {
		if (!awaitSettled(watcher, SETTLE_TIMEOUT)) {
			throw new IllegalStateException(what + ": only " + watcher.settled() + " of " + watcher.sent()
					+ " changes reached the scores topic within " + SETTLE_TIMEOUT.toMinutes() + " min");
		}
	}

	private static boolean awaitSettled(ScoresWatcher watcher, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (watcher.settled() < watcher.sent() && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
		return watcher.settled() >= watcher.sent();
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("plr-ranking-benchmark");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
