package io.plrlive.ranking.topology;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

import io.plrlive.contracts.TopicSpec;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.BoardSnapshot;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.session.SessionResults;
import io.plrlive.ranking.course.CourseBoards;
import io.plrlive.ranking.course.CourseStores;

/**
 * The aggregator's topology, built the same way by the service and by tests: the task
 * that owns a course reads that course's session and participant rows straight from the
 * change topics, which change-capture partitions by course (so a live change crosses one
 * exactly-once transaction here, not two); student rows, which belong to no course, reach
 * every task through the student-events topic; what the task publishes goes to the
 * scores, session results and achievements topics, on its course's partition number (see
 * {@link CoursePartition}), and to the dead-letter topic.
 */
public final class RankingTopology {

	/** Name of the internal topic that carries every student row to every task. */
	public static final String STUDENT_EVENTS = "student-events";

	private final RankingSettings settings;

	private final RankingMetrics metrics;

	/**
	 * A topology.
	 * @param settings snapshot interval, close grace and board size
	 * @param metrics what the topology counts
	 */
	public RankingTopology(RankingSettings settings, RankingMetrics metrics) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.metrics = Objects.requireNonNull(metrics, "metrics");
	}

	/**
	 * Adds the topology to a builder.
	 * @param builder the builder
	 */
	public void addTo(StreamsBuilder builder) {
		CourseStores.builders().forEach(builder::addStateStore);
		KStream<String, CourseEvent> sessions = read(builder, Topics.LIVE_SESSION_CHANGES, CourseEvent.Session::new);
		KStream<String, CourseEvent> participants = read(builder, Topics.PARTICIPANT_CHANGES,
				CourseEvent.Participant::new);
		KStream<String, CourseEvent> students = read(builder, Topics.STUDENT_CHANGES, CourseEvent.Student::new)
			.repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(CourseEvent.class))
				.withName(STUDENT_EVENTS)
				.withStreamPartitioner(new EveryPartition()));
		sessions.merge(participants)
			.merge(students)
			.process(CourseBoards.supplier(this.settings, this.metrics), Named.as("course-boards"),
					CourseStores.storeNames())
			.split(Named.as("publish-"))
			.branch((key, publication) -> publication instanceof Publication.Scores,
					Branched.withConsumer((scores) -> to(scores, Topics.SCORES,
							(publication) -> ((Publication.Scores) publication).snapshot(),
							onCoursePartition(Topics.SCORES, BoardSnapshot::courseId))))
			.branch((key, publication) -> publication instanceof Publication.Results,
					Branched.withConsumer((results) -> to(results, Topics.SESSION_RESULTS,
							(publication) -> ((Publication.Results) publication).results(),
							onCoursePartition(Topics.SESSION_RESULTS, SessionResults::courseId))))
			.branch((key, publication) -> publication instanceof Publication.Achievement,
					Branched.withConsumer((achievements) -> to(achievements, Topics.ACHIEVEMENTS,
							(publication) -> ((Publication.Achievement) publication).change(),
							onCoursePartition(Topics.ACHIEVEMENTS, AchievementChange::courseId))))
			.defaultBranch(Branched.withConsumer((rejected) -> to(rejected, Topics.AGGREGATOR_DEAD_LETTERS,
					(publication) -> ((Publication.Rejected) publication).deadLetter(),
					produced(Topics.AGGREGATOR_DEAD_LETTERS))));
	}

	private <R extends RowChange> KStream<String, CourseEvent> read(StreamsBuilder builder, TopicSpec<String, R> topic,
			BiFunction<R, String, CourseEvent> toEvent) {
		KStream<String, ReadResult> read = builder
			.stream(topic.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
			.process(() -> new InputReader<>(topic, toEvent, this.metrics), Named.as("read-" + topic.name()));
		read.filter((key, result) -> result.rejected())
			.mapValues(ReadResult::deadLetter)
			.to(Topics.AGGREGATOR_DEAD_LETTERS.name(), produced(Topics.AGGREGATOR_DEAD_LETTERS));
		return read.filterNot((key, result) -> result.rejected()).mapValues(ReadResult::event);
	}

	private static <V> void to(KStream<String, Publication> publications, TopicSpec<String, V> topic,
			Function<Publication, V> value, Produced<String, V> produced) {
		publications.mapValues(value::apply).to(topic.name(), produced);
	}

	private static <V> Produced<String, V> onCoursePartition(TopicSpec<String, V> topic, ToLongFunction<V> courseOf) {
		return produced(topic).withStreamPartitioner(new CoursePartition<>(courseOf));
	}

	private static <V> Produced<String, V> produced(TopicSpec<String, V> topic) {
		return Produced.with(topic.keySerde(), topic.valueSerde());
	}

}
