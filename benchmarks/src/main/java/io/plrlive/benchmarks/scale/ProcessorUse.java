package io.plrlive.benchmarks.scale;

import java.util.Locale;

/**
 * Cores in use over a measured window, as processor seconds per wall second.
 *
 * @param jvmCores this JVM: the broker, change-capture, the score aggregator, the SSE
 * gateway, and the harness's writers and subscribers
 * @param postgresCores the PostgreSQL server's processes
 * @param machineCores the whole machine, including whatever else ran on it
 */
record ProcessorUse(double jvmCores, double postgresCores, double machineCores) {

	/**
	 * The pipeline's cores: this JVM and PostgreSQL.
	 * @return the sum
	 */
	double pipelineCores() {
		return this.jvmCores + this.postgresCores;
	}

	/**
	 * Cores as the report writes them.
	 * @param cores cores in use
	 * @return e.g. {@code 0.85}
	 */
	static String cores(double cores) {
		return String.format(Locale.ROOT, "%.2f", cores);
	}

}
