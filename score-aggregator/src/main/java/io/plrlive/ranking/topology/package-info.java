/**
 * The Kafka Streams topology: reading the change topics, routing each course's events to
 * one task, and writing snapshots, results, achievements and dead letters.
 */
package io.plrlive.ranking.topology;
