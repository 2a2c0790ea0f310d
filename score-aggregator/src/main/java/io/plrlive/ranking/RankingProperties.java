package io.plrlive.ranking;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.plrlive.ranking.topology.RankingSettings;

/**
 * Settings of the score aggregator, under {@code ranking.*}. Kafka Streams itself is
 * configured by Spring Boot's {@code spring.kafka.streams.*}.
 *
 * @param snapshotInterval the shortest time between two snapshots of one board: changes
 * in between are coalesced; at most 10 s, or the board is no longer live
 * @param closeGrace how long after its close a session is finalized, so that score
 * changes committed before the close but delivered after it still count; at most 1 min
 * @param maxBoardEntries the most students one board snapshot lists, which bounds its
 * size on the scores topic
 * @param unknownSessionWait how long participant rows wait for a session the aggregator
 * has not seen yet (the change topics are read partition by partition, so a session's row
 * may come after its first participants) before they go to the dead-letter topic
 * @param catchUp how boards publish while the aggregator is behind
 */
@Validated
@ConfigurationProperties("ranking")
record RankingProperties(
		@NotNull @DurationMin(millis = 1) @DurationMax(seconds = 10) @DefaultValue("25ms") Duration snapshotInterval,
		@NotNull @DurationMin(millis = 0) @DurationMax(minutes = 1) @DefaultValue("1s") Duration closeGrace,
		@Positive @Max(2000) @DefaultValue("2000") int maxBoardEntries,
		@NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) @DefaultValue("30s") Duration unknownSessionWait,
		@NotNull @Valid @DefaultValue CatchUp catchUp) {

	RankingSettings toSettings() {
		return new RankingSettings(this.snapshotInterval, this.closeGrace, this.maxBoardEntries,
				this.unknownSessionWait, this.catchUp.lag(), this.catchUp.snapshotInterval());
	}

	/**
	 * Catching up, under {@code ranking.catch-up.*}: while rows reach the aggregator more
	 * than {@code lag} after change-capture published them (a burst, or a backlog after
	 * an outage), a changed board publishes at most once per {@code snapshotInterval}
	 * instead, so that the snapshots' cost shrinks and the backlog drains; once rows are
	 * on time again (less than half that lag), boards go back to the usual interval.
	 *
	 * @param lag how late rows must be for the aggregator to be catching up
	 * @param snapshotInterval the shortest time between two snapshots of one board while
	 * catching up; never shorter than {@code ranking.snapshot-interval}
	 */
	record CatchUp(@NotNull @DurationMin(millis = 50) @DurationMax(minutes = 1) @DefaultValue("500ms") Duration lag,
			@NotNull @DurationMin(millis = 1) @DurationMax(
					seconds = 10) @DefaultValue("500ms") Duration snapshotInterval) {

	}

}
