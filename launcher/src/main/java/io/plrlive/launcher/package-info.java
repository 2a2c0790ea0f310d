/**
 * The all-in-one local run: embedded PostgreSQL, an in-process Kafka broker and the four
 * apps in one JVM.
 */
package io.plrlive.launcher;
