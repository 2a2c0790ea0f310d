/**
 * Commit-to-Kafka latency of change capture, per capture path and per
 * {@code wal_writer_delay}, under an open-loop load of score changes.
 */
package io.plrlive.benchmarks.capture;
