package io.plrlive.capture.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedVersionsTests {

	@Test
	void aVersionAtOrBelowThePublishedOneIsADuplicate() {
		PublishedVersions versions = new PublishedVersions(10);
		versions.published("t/1", 3);

		assertThat(versions.alreadyPublished("t/1", 2)).isTrue();
		assertThat(versions.alreadyPublished("t/1", 3)).isTrue();
		assertThat(versions.alreadyPublished("t/1", 4)).isFalse();
		assertThat(versions.alreadyPublished("t/2", 1)).isFalse();
	}

	@Test
	void anOlderAcknowledgementDoesNotLowerTheVersion() {
		PublishedVersions versions = new PublishedVersions(10);
		versions.published("t/1", 5);
		versions.published("t/1", 4);

		assertThat(versions.alreadyPublished("t/1", 5)).isTrue();
	}

	@Test
	void forgetsTheLeastRecentlyPublishedKeysBeyondItsCapacity() {
		PublishedVersions versions = new PublishedVersions(2);
		versions.published("t/1", 1);
		versions.published("t/2", 1);
		versions.published("t/3", 1);

		assertThat(versions.alreadyPublished("t/1", 1)).isFalse();
		assertThat(versions.alreadyPublished("t/3", 1)).isTrue();
	}

}
