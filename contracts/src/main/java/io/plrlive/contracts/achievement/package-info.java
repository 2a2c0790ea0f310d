/**
 * The achievement catalogue and the events that award and withdraw achievements.
 */
package io.plrlive.contracts.achievement;
