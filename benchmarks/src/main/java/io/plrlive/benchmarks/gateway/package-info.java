/**
 * What an idle SSE stream costs the gateway, and how fast board snapshots reach browsers
 * from the scores topic, beside nchan.
 */
package io.plrlive.benchmarks.gateway;
