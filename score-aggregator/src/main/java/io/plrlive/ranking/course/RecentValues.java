package io.plrlive.ranking.course;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of one store read or written lately, decoded: the stores hold JSON, and the
 * hot path (every row, every snapshot) would otherwise decode the same values again and
 * again. The store stays the truth: this holds at most a bounded number of the least
 * recently used values, and every write goes through it.
 *
 * @param <K> the key
 * @param <V> the decoded value, immutable
 */
final class RecentValues<K, V> {

	private final Map<K, V> values;

	RecentValues(int capacity) {
		this.values = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		};
	}

	/**
	 * The value of a key, from memory or else from the store.
	 * @param key the key
	 * @param load reads the key from the store
	 * @return the value, or {@code null} if the store has none
	 */
	V get(K key, Function<K, V> load) {
		V known = this.values.get(key);
		if (known == null) {
			known = load.apply(key);
			if (known != null) {
				this.values.put(key, known);
			}
		}
		return known;
	}

	void put(K key, V value) {
		this.values.put(key, value);
	}

	void remove(K key) {
		this.values.remove(key);
	}

}
