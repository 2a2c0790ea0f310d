package io.plrlive.web.identity;

/**
 * A user offered by the development login, by alias and role, never by real name.
 *
 * @param userId the user
 * @param alias the user's display name, or the alias they would get
 * @param staff whether they are staff of any course
 */
public record DemoUser(long userId, String alias, boolean staff) {
}
