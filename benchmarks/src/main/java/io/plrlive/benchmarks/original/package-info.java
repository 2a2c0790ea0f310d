/**
 * End to end against the original design: the original PLR push server rebuilt in the
 * harness, measured beside the PLR Live pipeline on the same database, data and
 * subscribers.
 */
package io.plrlive.benchmarks.original;
