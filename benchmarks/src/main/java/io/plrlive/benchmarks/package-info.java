/**
 * Latency and throughput measurements of the PLR Live pipeline (to come).
 */
package io.plrlive.benchmarks;
