package io.plrlive.benchmarks.scale;

import java.lang.management.ManagementFactory;

import io.plrlive.benchmarks.gateway.HeapAndResident;
import io.plrlive.benchmarks.gateway.ProcessStatus;

/**
 * Memory at the end of a point, with everything still running.
 *
 * @param jvm this JVM's heap in use right after a full garbage collection, and its
 * resident set size
 * @param postgresBytes the PostgreSQL server's proportional set size, summed over its
 * processes
 */
record MemoryUse(HeapAndResident jvm, long postgresBytes) {

	/**
	 * Collects garbage (a full collection with G1), then reads the heap in use and the
	 * resident memory of this JVM and of the server.
	 * @param postgres the server's processes
	 * @return the figures
	 */
	static MemoryUse afterFullGc(PostgresProcesses postgres) {
		ManagementFactory.getMemoryMXBean().gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long resident = ProcessStatus.residentBytes(ProcessHandle.current().pid());
		return new MemoryUse(new HeapAndResident(heap, resident), postgres.proportionalBytes());
	}

	static double mebibytes(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

}
