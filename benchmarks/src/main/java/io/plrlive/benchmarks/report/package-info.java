/**
 * What every benchmark's report shares: figures, the machine, the marked section of
 * docs/benchmarks.md.
 */
package io.plrlive.benchmarks.report;
