/**
 * Scale curves: how the pipeline's latency, processor time and memory grow with course
 * instances, class size and subscribers.
 */
package io.plrlive.benchmarks.scale;
