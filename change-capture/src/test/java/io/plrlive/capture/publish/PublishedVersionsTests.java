package io.plrlive.capture.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedVersionsTests {

	@Test
	void onlyAVersionAlreadyPublishedIsADuplicate() {
		PublishedVersions versions = new PublishedVersions(10);
		versions.published("t/1", 3);

		assertThat(versions.alreadyPublished("t/1", 3)).isTrue();
		assertThat(versions.alreadyPublished("t/1", 4)).isFalse();
		assertThat(versions.alreadyPublished("t/2", 3)).isFalse();
	}

	@Test
	void anOlderVersionThatNeverMadeItIsStillPublished() {
		PublishedVersions versions = new PublishedVersions(10);
		versions.published("t/1", 33);

		assertThat(versions.alreadyPublished("t/1", 14)).isFalse();
	}

	@Test
	void remembersTheMostRecentVersionsOfAKey() {
		PublishedVersions versions = new PublishedVersions(10);
		for (long version = 1; version <= PublishedVersions.VERSIONS_PER_KEY + 1; version++) {
			versions.published("t/1", version);
		}

		assertThat(versions.alreadyPublished("t/1", 1)).isFalse();
		assertThat(versions.alreadyPublished("t/1", 2)).isTrue();
		assertThat(versions.alreadyPublished("t/1", PublishedVersions.VERSIONS_PER_KEY + 1)).isTrue();
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
