/** PLR Live services started inside a benchmark's JVM. */
package io.plrlive.benchmarks.service;
