/**
 * Latency and throughput measurements of the PLR Live pipeline: programs that measure and
 * record, never tests that assert a speed.
 */
package io.plrlive.benchmarks;
