/**
 * Real PostgreSQL and Kafka for tests: embedded by default, Testcontainers with
 * {@code -Dplr.test.infra=containers}.
 */
package io.plrlive.testing;
