/**
 * One idempotent Kafka producer for both capture paths: change events, dead letters,
 * duplicate dropping and metrics.
 */
package io.plrlive.capture.publish;
