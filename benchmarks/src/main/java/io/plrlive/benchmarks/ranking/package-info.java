/**
 * How fast the score aggregator ranks: sustained input rate and change-to-scores-topic
 * latency.
 */
package io.plrlive.benchmarks.ranking;
