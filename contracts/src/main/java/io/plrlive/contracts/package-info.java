/**
 * Every Kafka topic of PLR Live in one place: name, key and value types, partitioning key
 * and cleanup policy.
 */
package io.plrlive.contracts;
