package io.plrlive.benchmarks.gateway;

import java.util.Optional;

/**
 * nchan's figures, or why there are none.
 *
 * @param delivery the delivery figures, when nchan ran
 * @param memory its memory without and with the subscribers, when nchan ran
 * @param notMeasured why it did not, when it did not
 * @param version nginx's version, when known
 */
record NchanResult(Optional<DeliveryResult> delivery, Optional<NchanMemory> memory, String notMeasured,
		String version) {

	static NchanResult measured(DeliveryResult delivery, NchanMemory memory, String version) {
		return new NchanResult(Optional.of(delivery), Optional.of(memory), null, version);
	}

	static NchanResult notMeasured(String reason) {
		return new NchanResult(Optional.empty(), Optional.empty(), reason, null);
	}

}
