package io.plrlive.contracts.capture;

import java.util.Objects;

/**
 * A row of {@code plr_students}: the public face of a user on the boards. The display
 * name is an alias until the student picks one; the handle is opaque and is what browsers
 * and published topics use instead of the user id.
 *
 * @param userId primary key, the host platform's user id
 * @param handle opaque, stable identifier of the student on boards
 * @param displayName the name shown on boards, never the real name
 * @param version row version
 * @param deleted whether the row was deleted
 */
public record StudentChanged(long userId, String handle, String displayName, long version,
		boolean deleted) implements RowChange {

	public StudentChanged {
		Objects.requireNonNull(handle, "handle");
		Objects.requireNonNull(displayName, "displayName");
		RowChange.requireVersion(version);
	}

	@Override
	public long key() {
		return this.userId;
	}

}
