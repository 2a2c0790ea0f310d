package io.plrlive.contracts.achievement;

import java.util.Arrays;

/**
 * The catalogue of achievements, the one place that knows their ids, names, Material
 * Symbols icons and rules. Serialized by name; the id is the stable number the original
 * add-on used.
 */
public enum Achievement {

	GOLD(1, "Gold", "counter_1", "Final rank 1 in a live session"),

	SILVER(2, "Silver", "counter_2", "Final rank 2 in a live session"),

	BRONZE(3, "Bronze", "counter_3", "Final rank 3 in a live session"),

	HAT_TRICK(4, "Hat Trick", "school", "Rank 1 in each of the 3 most recent live sessions"),

	GOTTA_GO_FAST(5, "Gotta Go Fast", "rocket_launch", "Shortest time among those who scored in a live session"),

	SPEED_DEMON(6, "Speed Demon", "sprint", "Gotta Go Fast in each of the 5 most recent live sessions"),

	ALWAYS_ON_TIME(7, "Always On Time", "emoji_people", "Took part in every live session so far"),

	UNSTOPPABLE(8, "Unstoppable", "person_celebrate", "Rank 1 in each of the 5 most recent live sessions");

	private final int id;

	private final String title;

	private final String icon;

	private final String description;

	Achievement(int id, String title, String icon, String description) {
		this.id = id;
		this.title = title;
		this.icon = icon;
		this.description = description;
	}

	/**
	 * Stable numeric id, 1 to 8.
	 * @return the id
	 */
	public int id() {
		return this.id;
	}

	/**
	 * Name shown to people.
	 * @return the name, e.g. "Hat Trick"
	 */
	public String title() {
		return this.title;
	}

	/**
	 * Material Symbols ligature of the icon.
	 * @return the icon name, e.g. {@code counter_1}
	 */
	public String icon() {
		return this.icon;
	}

	/**
	 * The rule, in words for students.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The achievement with the given id.
	 * @param id numeric id
	 * @return the achievement
	 * @throws IllegalArgumentException if no achievement has that id
	 */
	public static Achievement ofId(int id) {
		return Arrays.stream(values())
			.filter((achievement) -> achievement.id == id)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No achievement has id " + id + "; expected 1 to 8"));
	}

}
