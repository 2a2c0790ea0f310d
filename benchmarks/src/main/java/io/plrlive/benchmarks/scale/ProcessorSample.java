package io.plrlive.benchmarks.scale;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * Processor time used so far, by this JVM, by the PostgreSQL server and by the whole
 * machine, taken at one moment; two samples give the cores each used in between.
 *
 * @param nanos {@link System#nanoTime()} when taken
 * @param jvmSeconds this JVM's processor time
 * @param postgresSeconds the PostgreSQL server's processor time
 * @param machineSeconds the machine's busy time over all processors
 */
record ProcessorSample(long nanos, double jvmSeconds, double postgresSeconds, double machineSeconds) {

	private static final OperatingSystemMXBean OPERATING_SYSTEM = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	static ProcessorSample take(PostgresProcesses postgres) {
		return new ProcessorSample(System.nanoTime(), OPERATING_SYSTEM.getProcessCpuTime() / 1e9, postgres.cpuSeconds(),
				ProcFiles.machineBusySeconds());
	}

	/**
	 * The cores used from this sample to a later one: processor seconds divided by wall
	 * seconds.
	 * @param later the later sample
	 * @return the cores
	 */
	ProcessorUse until(ProcessorSample later) {
		double wallSeconds = (later.nanos - this.nanos) / 1e9;
		return new ProcessorUse((later.jvmSeconds - this.jvmSeconds) / wallSeconds,
				(later.postgresSeconds - this.postgresSeconds) / wallSeconds,
				(later.machineSeconds - this.machineSeconds) / wallSeconds);
	}

}
