/** Two aggregator processes on one broker, one killed mid-stream. */
package io.plrlive.ranking.failover;
