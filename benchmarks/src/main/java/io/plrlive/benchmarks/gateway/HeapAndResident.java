package io.plrlive.benchmarks.gateway;

/**
 * A process's memory at one moment, right after a full garbage collection.
 *
 * @param heapUsedBytes Java heap in use
 * @param residentBytes resident set size
 */
public record HeapAndResident(long heapUsedBytes, long residentBytes) {

}
