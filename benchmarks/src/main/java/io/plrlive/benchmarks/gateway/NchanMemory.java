package io.plrlive.benchmarks.gateway;

/**
 * What nchan's subscribers cost nginx: the proportional set size of its master and
 * workers with only the channels' current boards, and with the subscribers open, each
 * having received its first board.
 *
 * @param connections subscribers open at the second measurement
 * @param beforeBytes memory with no subscriber
 * @param afterBytes memory with the subscribers open
 */
record NchanMemory(int connections, long beforeBytes, long afterBytes) {

	double bytesPerConnection() {
		return (this.afterBytes - this.beforeBytes) / (double) this.connections;
	}

}
