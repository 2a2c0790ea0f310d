package io.plrlive.benchmarks.capture;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import io.plrlive.benchmarks.report.MachineDescription;

/**
 * One execution of the benchmark: how it was run, where, and what it measured.
 *
 * @param options the options
 * @param started when it started
 * @param wallTime how long it took
 * @param machine the machine
 * @param loadBefore load averages when it started
 * @param loadAfter load averages when it ended
 * @param ceiling what the database alone took
 * @param configurations the results, in the order run
 */
record BenchmarkRun(BenchmarkOptions options, ZonedDateTime started, Duration wallTime, MachineDescription machine,
		String loadBefore, String loadAfter, DatabaseCeiling.Result ceiling, List<ConfigurationResult> configurations) {

	Optional<ConfigurationResult> configuration(CapturePathUnderTest path, WalWriterDelay delay) {
		return this.configurations.stream()
			.filter((configuration) -> configuration.path() == path && configuration.delay() == delay)
			.findFirst();
	}

	Optional<StepResult> result(CapturePathUnderTest path, WalWriterDelay delay, int rate) {
		return configuration(path, delay).flatMap((configuration) -> configuration.at(rate));
	}

}
