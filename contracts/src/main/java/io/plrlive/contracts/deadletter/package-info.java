/**
 * Records that could not be processed, kept with the reason and where they came from.
 */
package io.plrlive.contracts.deadletter;
