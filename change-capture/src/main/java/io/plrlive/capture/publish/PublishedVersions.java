package io.plrlive.capture.publish;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The versions recently published per key, for the most recently published keys: the
 * best-effort filter that keeps the second path's copy of a change out of Kafka. Only a
 * version that Kafka already has is dropped; an older one that never made it (say,
 * committed while the other path was down) is still published, so that every change
 * reaches Kafka. Bounded in keys and in versions per key; consumers keep the highest
 * version per key and stay correct without it.
 */
final class PublishedVersions {

	/**
	 * Versions kept per key: the other path's copy of a change normally arrives within a
	 * few versions.
	 */
	static final int VERSIONS_PER_KEY = 32;

	private final Map<String, Set<Long>> versions;

	PublishedVersions(int capacity) {
		this.versions = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Set<Long>> eldest) {
				return size() > capacity;
			}

		};
	}

	/**
	 * Whether this version of the key was already published.
	 * @param key topic-qualified record key
	 * @param version version about to be published
	 * @return {@code true} if publishing it would only repeat what Kafka has
	 */
	synchronized boolean alreadyPublished(String key, long version) {
		Set<Long> published = this.versions.get(key);
		return published != null && published.contains(version);
	}

	/**
	 * Records a version that Kafka acknowledged.
	 * @param key topic-qualified record key
	 * @param version the acknowledged version
	 */
	synchronized void published(String key, long version) {
		Set<Long> published = this.versions.computeIfAbsent(key, (newKey) -> new LinkedHashSet<>());
		published.add(version);
		if (published.size() > VERSIONS_PER_KEY) {
			published.remove(published.iterator().next());
		}
	}

}
