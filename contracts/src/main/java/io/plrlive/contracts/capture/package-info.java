/**
 * Captured rows of the PLR tables: one record per table, each carrying the row's state
 * and its {@code version}.
 */
package io.plrlive.contracts.capture;
