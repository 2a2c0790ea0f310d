/**
 * Score aggregation: turns the change topics into board snapshots, session results and
 * achievements.
 */
package io.plrlive.ranking;
