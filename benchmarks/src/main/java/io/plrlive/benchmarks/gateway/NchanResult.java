package io.plrlive.benchmarks.gateway;

import java.util.Optional;

/**
 * nchan's delivery figures, or why there are none.
 *
 * @param delivery the figures, when nchan ran
 * @param notMeasured why it did not, when it did not
 * @param version nginx's version, when known
 */
record NchanResult(Optional<DeliveryResult> delivery, String notMeasured, String version) {

	static NchanResult measured(DeliveryResult delivery, String version) {
		return new NchanResult(Optional.of(delivery), null, version);
	}

	static NchanResult notMeasured(String reason) {
		return new NchanResult(Optional.empty(), reason, null);
	}

}
