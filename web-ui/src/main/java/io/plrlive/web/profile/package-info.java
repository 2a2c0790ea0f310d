/**
 * Display names: the rules a new name must follow and the change a student makes to their
 * own.
 */
package io.plrlive.web.profile;
