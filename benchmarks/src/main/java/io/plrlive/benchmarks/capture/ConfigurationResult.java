package io.plrlive.benchmarks.capture;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything measured on one system under test: one capture path on a server with one
 * {@code wal_writer_delay}.
 *
 * @param path the capture path
 * @param delay the server setting
 * @param serverSettings the server's settings as it reported them
 * @param rates the fixed rates, in the order run
 * @param search the steps of the sustained-rate search, in the order run (empty when not
 * searched)
 * @param drain the backlog drained after a restart, if measured
 */
record ConfigurationResult(CapturePathUnderTest path, WalWriterDelay delay, Map<String, String> serverSettings,
		List<StepResult> rates, List<StepResult> search, Optional<BacklogDrain> drain) {

	/**
	 * The fixed-rate result at one offered rate.
	 * @param rate changes per second
	 * @return the result, if that rate was run
	 */
	Optional<StepResult> at(int rate) {
		return this.rates.stream().filter((result) -> result.offeredRate() == rate).findFirst();
	}

	/**
	 * The highest offered rate of the search that was held, counting only the steps
	 * before the first one that was not.
	 * @return the rate, or empty if none was held
	 */
	OptionalInt highestSustained() {
		OptionalInt highest = OptionalInt.empty();
		for (StepResult step : this.search) {
			if (!step.held()) {
				break;
			}
			highest = OptionalInt.of(step.offeredRate());
		}
		return highest;
	}

	/**
	 * Whether every step of the search was held, so the real limit lies above the ladder.
	 * @return {@code true} if no step failed
	 */
	boolean searchNeverFailed() {
		return !this.search.isEmpty() && this.search.stream().allMatch(StepResult::held);
	}

}
