package io.plrlive.benchmarks.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The opening of a benchmark's latest-run section: its mode, when it ran, on what machine
 * and how loaded the machine was before and after.
 */
public final class RunOpening {

	private RunOpening() {
	}

	/**
	 * The section's heading and the first sentence of its first paragraph, without its
	 * full stop.
	 * @param quick whether the run was a quick one
	 * @param started when it started
	 * @param machine the machine it ran on
	 * @param loadBefore the load average before it
	 * @param loadAfter the load average after it
	 * @return Markdown
	 */
	public static String of(boolean quick, ZonedDateTime started, MachineDescription machine, String loadBefore,
			String loadAfter) {
		return "### Latest run (" + (quick ? "quick mode" : "full mode") + ")\n\nRun "
				+ DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(started.withNano(0)) + " on " + machine.summary()
				+ "; load average before: " + loadBefore + ", after: " + loadAfter;
	}

}
