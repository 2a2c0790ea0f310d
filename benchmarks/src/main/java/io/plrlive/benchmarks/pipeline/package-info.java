/**
 * End to end: commit-to-browser latency of score changes through the whole PLR Live
 * pipeline.
 */
package io.plrlive.benchmarks.pipeline;
