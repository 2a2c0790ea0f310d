package io.plrlive.gateway.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import io.plrlive.contracts.achievement.Achievement;
import io.plrlive.contracts.achievement.AchievementChange;
import io.plrlive.contracts.board.Badge;
import io.plrlive.contracts.stream.ViewerAchievements;

/**
 * What every student holds in every course instance, from the compacted achievements
 * topic, whose latest record per (course instance, student, achievement) carries the
 * count.
 */
public final class AchievementHoldings {

	private final Map<Holder, Map<Achievement, Integer>> counts = new ConcurrentHashMap<>();

	void apply(AchievementChange change) {
		Holder holder = new Holder(change.courseInstanceId(), change.handle());
		this.counts.compute(holder, (key, held) -> {
			Map<Achievement, Integer> updated = (held != null) ? new EnumMap<>(held) : new EnumMap<>(Achievement.class);
			if (change.count() > 0) {
				updated.put(change.achievement(), change.count());
			}
			else {
				updated.remove(change.achievement());
			}
			return updated.isEmpty() ? null : Map.copyOf(updated);
		});
	}

	/**
	 * A student's achievements in a course instance.
	 * @param courseInstanceId the course instance
	 * @param handle the student's handle
	 * @return the holdings, with no badges when the student holds none
	 */
	public Held of(long courseInstanceId, String handle) {
		Map<Achievement, Integer> held = this.counts.getOrDefault(new Holder(courseInstanceId, handle), Map.of());
		List<Badge> badges = new ArrayList<>();
		CRC32 checksum = new CRC32();
		for (Achievement achievement : Achievement.values()) {
			Integer count = held.get(achievement);
			if (count != null) {
				badges.add(new Badge(achievement, count));
				checksum.update((achievement.name() + "=" + count + ";").getBytes(StandardCharsets.UTF_8));
			}
		}
		return new Held(new ViewerAchievements(courseInstanceId, handle, badges),
				Long.toHexString(checksum.getValue()));
	}

	/**
	 * A student's achievements with a stamp that changes whenever they do.
	 *
	 * @param achievements what the student holds
	 * @param stamp a checksum of the holdings, equal on every replica for equal holdings
	 */
	public record Held(ViewerAchievements achievements, String stamp) {
	}

	private record Holder(long courseInstanceId, String handle) {
	}

}
