package io.plrlive.capture;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	@Test
	void doublesUpToTheMaximum() {
		Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

		assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
		assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(200));
		assertThat(backoff.delay(4)).isEqualTo(Duration.ofMillis(800));
		assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.delay(500)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void refusesAMaximumBelowTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
	}

}
