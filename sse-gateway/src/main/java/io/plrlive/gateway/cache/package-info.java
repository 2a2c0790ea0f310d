/**
 * The replica's copy of the published topics: the latest snapshot of every board, who
 * holds which achievement, and which course instance belongs to which course.
 */
package io.plrlive.gateway.cache;
