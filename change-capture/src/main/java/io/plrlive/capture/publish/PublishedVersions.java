package io.plrlive.capture.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The highest version published per key, for the most recently published keys: the
 * best-effort filter that keeps the second path's copy of a change out of Kafka. Bounded,
 * so it forgets the least recently published keys; consumers keep the highest version per
 * key and stay correct without it.
 */
final class PublishedVersions {

	private final Map<String, Long> versions;

	PublishedVersions(int capacity) {
		this.versions = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > capacity;
			}

		};
	}

	/**
	 * Whether a version of the key at least as high as this one was already published.
	 * @param key topic-qualified record key
	 * @param version version about to be published
	 * @return {@code true} if publishing it would only repeat what Kafka has
	 */
	synchronized boolean alreadyPublished(String key, long version) {
		Long published = this.versions.get(key);
		return published != null && published >= version;
	}

	/**
	 * Records a version that Kafka acknowledged.
	 * @param key topic-qualified record key
	 * @param version the acknowledged version
	 */
	synchronized void published(String key, long version) {
		this.versions.merge(key, version, Math::max);
	}

}
