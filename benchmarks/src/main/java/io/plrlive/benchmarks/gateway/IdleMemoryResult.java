package io.plrlive.benchmarks.gateway;

/**
 * What idle streams cost the gateway: its memory after a full collection with none open
 * and with all of them open, each having received its first snapshot.
 *
 * @param requested streams asked for
 * @param connections streams open at the second measurement
 * @param limitedBy why fewer streams than asked were opened, or {@code null}
 * @param openSeconds time to open them and receive every first snapshot
 * @param before memory with no stream open
 * @param after memory with the streams open
 */
record IdleMemoryResult(int requested, int connections, String limitedBy, double openSeconds, HeapAndResident before,
		HeapAndResident after) {

	double heapBytesPerConnection() {
		return (this.after.heapUsedBytes() - this.before.heapUsedBytes()) / (double) this.connections;
	}

	double residentBytesPerConnection() {
		return (this.after.residentBytes() - this.before.residentBytes()) / (double) this.connections;
	}

}
