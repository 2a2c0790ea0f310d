package io.plrlive.benchmarks.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Markdown file the results go to. The program owns only the part between its two
 * markers and leaves the rest (the method, the reading of the figures) as people wrote
 * it.
 */
final class ReportFile {

	static final String BEGIN = "<!-- capture-latency:begin (written by CaptureLatencyBenchmark; edits here are lost "
			+ "on the next run) -->";

	static final String END = "<!-- capture-latency:end -->";

	private ReportFile() {
	}

	/**
	 * Replaces the program's section, appending it (or creating the file) when there is
	 * none yet.
	 * @param file the Markdown file
	 * @param section the new section, without markers
	 */
	static void update(Path file, String section) {
		String marked = BEGIN + "\n\n" + section.strip() + "\n\n" + END;
		try {
			String current = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
			int begin = current.indexOf(BEGIN);
			int end = current.indexOf(END);
			String updated;
			if (begin >= 0 && end > begin) {
				updated = current.substring(0, begin) + marked + current.substring(end + END.length());
			}
			else {
				updated = current.stripTrailing() + "\n\n" + marked + "\n";
			}
			Files.writeString(file, updated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the report to " + file, ex);
		}
	}

}
