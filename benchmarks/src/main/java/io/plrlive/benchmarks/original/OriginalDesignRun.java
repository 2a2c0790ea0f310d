package io.plrlive.benchmarks.original;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.pipeline.CommitLog;
import io.plrlive.benchmarks.pipeline.ScoreWriters;
import io.plrlive.benchmarks.pipeline.SeededClass;
import io.plrlive.benchmarks.report.Figures;

/**
 * The original design's part of the run: its server on the seeded database, its
 * subscribers, a short warm-up at the ladder's first rate, then the ladder up to the
 * first rate not held (a rate that missed only its p99 ceiling measured once more first).
 * Everything it started stops before it returns.
 */
final class OriginalDesignRun {

	static final String DESIGN = "original design";

	private static final Logger log = LoggerFactory.getLogger(OriginalDesignRun.class);

	private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(60);

	/** Time to deliver the warm-up, so that the first rate starts level. */
	static final Duration WARMUP_DRAIN = Duration.ofSeconds(60);

	private static final int SERVER_EVENT_LOOPS = 2;

	private static final int CLIENT_EVENT_LOOPS = 2;

	private OriginalDesignRun() {
	}

	static OriginalResults run(DataSource dataSource, List<SeededClass> classes, CommitLog commits,
			ScoreWriters writers, RateLadder ladder, OriginalOptions options) {
		ParticipantCourses courses = ParticipantCourses.load(dataSource, classes);
		log.info("{} participants in {} open live sessions", courses.participants(), classes.size());
		List<OriginalRate> rates = new ArrayList<>();
		long warmupUndelivered;
		int early;
		long unrecognised;
		EventContents contents = new EventContents(courses, classes.size());
		try (OriginalServer server = OriginalServer.start(dataSource, SERVER_EVENT_LOOPS, contents);
				ScoresSubscribers subscribers = new ScoresSubscribers(commits, contents, CLIENT_EVENT_LOOPS)) {
			subscribers.open(options.subscribers(), classes, server::streamUri, OPEN_TIMEOUT);
			int warmupRate = options.rates().get(0);
			log.info("{}: warming up at {} changes/s for {} s", DESIGN, warmupRate,
					options.originalWarmup().toSeconds());
			writers.run(warmupRate, options.originalWarmup());
			warmupUndelivered = subscribers.awaitDelivered(WARMUP_DRAIN);
			if (warmupUndelivered > 0) {
				log.warn("{}: {} changes of the warm-up were still undelivered after {} s", DESIGN, warmupUndelivered,
						WARMUP_DRAIN.toSeconds());
			}
			for (int rate : options.rates()) {
				OriginalRate result = measure(server, subscribers, ladder, rate, 1);
				rates.add(result);
				if (result.measurement().worthAnotherTry()) {
					result = measure(server, subscribers, ladder, rate, 2);
					rates.add(result);
				}
				if (!result.measurement().held()) {
					log.info("{}: stopping the ladder, {} changes/s was not held", DESIGN, Figures.rate(rate));
					break;
				}
			}
			early = subscribers.early();
			unrecognised = subscribers.unrecognised();
			log.info("{}: stopping its server and subscribers", DESIGN);
		}
		return new OriginalResults(rates, warmupUndelivered, early, unrecognised);
	}

	private static OriginalRate measure(OriginalServer server, ScoresSubscribers subscribers, RateLadder ladder,
			int rate, int attempt) {
		NotificationActivity before = server.activity();
		RateMeasurement measurement = ladder.measure(DESIGN, rate, attempt, subscribers);
		NotificationActivity activity = server.activity().since(before);
		OriginalRate result = new OriginalRate(measurement, activity, server.waiting(), server.handling());
		log.info(
				"{}: {} notifications received, {} handled, {} waiting, {} being handled; {} bytes written per "
						+ "notification",
				DESIGN, activity.received(), activity.handled(), result.waiting(), result.handling(),
				Figures.rate(activity.meanBytesWritten()));
		return result;
	}

}
