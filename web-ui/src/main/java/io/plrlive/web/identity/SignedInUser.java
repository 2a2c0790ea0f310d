package io.plrlive.web.identity;

import java.io.Serializable;
import java.security.Principal;

/**
 * The person behind a session: a user of the host platform, known by id only. Their real
 * name, uid and email stay in the database.
 *
 * @param userId the host platform's user id
 */
public record SignedInUser(long userId) implements Principal, Serializable {

	@Override
	public String getName() {
		return Long.toString(this.userId);
	}

}
