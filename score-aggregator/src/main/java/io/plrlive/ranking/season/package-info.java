/**
 * Seasons: the roll-up of a closed session into its course instance's totals, and the
 * achievements it awards and withdraws.
 */
package io.plrlive.ranking.season;
