package io.plrlive.ranking;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the score aggregator, under {@code ranking.*}. Kafka Streams itself is
 * configured by Spring Boot's {@code spring.kafka.streams.*}.
 *
 * @param snapshotInterval how often a changed board publishes a new snapshot; at most 10
 * s, or the board is no longer live
 * @param maxBoardEntries the most students one board snapshot lists, which bounds its
 * size on the scores topic
 */
@Validated
@ConfigurationProperties("ranking")
record RankingProperties(
		@NotNull @DurationMin(millis = 1) @DurationMax(seconds = 10) @DefaultValue("50ms") Duration snapshotInterval,
		@Positive @Max(2000) @DefaultValue("2000") int maxBoardEntries) {
}
