package io.plrlive.ranking;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class RankingPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void defaultsToLiveSnapshotsOfFullBoards() {
		this.contextRunner.run((context) -> {
			RankingProperties properties = context.getBean(RankingProperties.class);
			assertThat(properties.snapshotInterval()).isEqualTo(Duration.ofMillis(25));
			assertThat(properties.maxBoardEntries()).isEqualTo(2000);
			assertThat(properties.catchUp().lag()).isEqualTo(Duration.ofMillis(500));
			assertThat(properties.catchUp().snapshotInterval()).isEqualTo(Duration.ofMillis(500));
		});
	}

	@Test
	void rejectsACatchUpLagShorterThanOrdinaryDelays() {
		this.contextRunner.withPropertyValues("ranking.catch-up.lag=5ms")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("ranking.catchUp.lag")));
	}

	@Test
	void rejectsBoardsLargerThanTheSnapshotLimit() {
		this.contextRunner.withPropertyValues("ranking.max-board-entries=5000")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("ranking.maxBoardEntries")));
	}

	@Test
	void rejectsASnapshotIntervalTooSlowForALiveBoard() {
		this.contextRunner.withPropertyValues("ranking.snapshot-interval=1m")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOfSatisfying(BindValidationException.class,
						(ex) -> assertThat(invalidSettings(ex)).containsExactly("ranking.snapshotInterval")));
	}

	// Named as Spring Boot's startup failure report names them ("Property: ...").
	private static List<String> invalidSettings(BindValidationException ex) {
		return ex.getValidationErrors()
			.getAllErrors()
			.stream()
			.map((error) -> error.getObjectName() + "." + ((FieldError) error).getField())
			.distinct()
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RankingProperties.class)
	static class PropertiesConfiguration {

	}

}
