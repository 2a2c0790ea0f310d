package io.plrlive.ranking.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentValuesTests {

	private final Map<Long, String> store = new HashMap<>();

	private final List<Long> loaded = new ArrayList<>();

	private String load(Long key) {
		this.loaded.add(key);
		return this.store.get(key);
	}

	@Test
	void readsTheStoreOnceForAKeyItHolds() {
		this.store.put(1L, "one");
		RecentValues<Long, String> recent = new RecentValues<>(10);
		assertThat(recent.get(1L, this::load)).isEqualTo("one");
		assertThat(recent.get(1L, this::load)).isEqualTo("one");
		assertThat(this.loaded).containsExactly(1L);
	}

	@Test
	void keepsNoAnswerForAKeyTheStoreDoesNotHold() {
		RecentValues<Long, String> recent = new RecentValues<>(10);
		assertThat(recent.get(1L, this::load)).isNull();
		this.store.put(1L, "one");
		assertThat(recent.get(1L, this::load)).isEqualTo("one");
		assertThat(this.loaded).containsExactly(1L, 1L);
	}

	@Test
	void answersWhatWasWrittenAndForgetsWhatWasRemoved() {
		this.store.put(1L, "stale");
		RecentValues<Long, String> recent = new RecentValues<>(10);
		recent.put(1L, "written");
		assertThat(recent.get(1L, this::load)).isEqualTo("written");
		recent.remove(1L);
		assertThat(recent.get(1L, this::load)).isEqualTo("stale");
		assertThat(this.loaded).containsExactly(1L);
	}

	@Test
	void dropsTheLeastRecentlyUsedValueBeyondItsCapacity() {
		this.store.put(1L, "one");
		this.store.put(2L, "two");
		this.store.put(3L, "three");
		RecentValues<Long, String> recent = new RecentValues<>(2);
		recent.get(1L, this::load);
		recent.get(2L, this::load);
		recent.get(1L, this::load);
		recent.get(3L, this::load);
		this.loaded.clear();
		recent.get(1L, this::load);
		recent.get(3L, this::load);
		recent.get(2L, this::load);
		assertThat(this.loaded).containsExactly(2L);
	}

}
