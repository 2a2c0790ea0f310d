package io.plrlive.contracts.stream;

import java.util.List;
import java.util.Objects;

import io.plrlive.contracts.board.Badge;

/**
 * The {@value StreamEvents#ACHIEVEMENTS} event: everything the viewer holds in the course
 * instance, in catalogue order, replacing what the page showed before.
 *
 * @param courseInstanceId the course instance
 * @param handle the viewer's handle
 * @param achievements achievements held, each with its count
 */
public record ViewerAchievements(long courseInstanceId, String handle, List<Badge> achievements) {

	public ViewerAchievements {
		Objects.requireNonNull(handle, "handle");
		achievements = List.copyOf(Objects.requireNonNull(achievements, "achievements"));
	}

}
