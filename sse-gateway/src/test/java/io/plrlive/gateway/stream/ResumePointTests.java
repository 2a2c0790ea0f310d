package io.plrlive.gateway.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumePointTests {

	@Test
	void readsBackTheIdItWrites() {
		ResumePoint point = ResumePoint.start(12)
			.withVersion(Slot.LIVE, 5)
			.withVersion(Slot.SEASONAL, 3)
			.withVersion(Slot.ALL_TIME, 9)
			.withAchievements("1f3a");
		assertThat(point.eventId()).isEqualTo("12.5.3.9.1f3a");
		assertThat(ResumePoint.parse(point.eventId(), 12)).contains(point);
	}

	@Test
	void readsAnIdSentBeforeAnyAchievements() {
		assertThat(ResumePoint.parse("12.5.0.0.-", 12)).contains(new ResumePoint(12, 5, 0, 0, null));
	}

	@Test
	void ignoresAnIdOfAnotherCourseInstance() {
		assertThat(ResumePoint.parse("13.5.3.9.1f3a", 12)).isEmpty();
	}

	@Test
	void ignoresMissingAndMalformedIds() {
		assertThat(ResumePoint.parse(null, 12)).isEmpty();
		assertThat(ResumePoint.parse("", 12)).isEmpty();
		assertThat(ResumePoint.parse("12.5.3.9", 12)).isEmpty();
		assertThat(ResumePoint.parse("12.5.3.x.1f3a", 12)).isEmpty();
		assertThat(ResumePoint.parse("12.5.3.9.NOTHEX", 12)).isEmpty();
		assertThat(ResumePoint.parse("12.99999999999999999999.3.9.-", 12)).isEmpty();
	}

}
