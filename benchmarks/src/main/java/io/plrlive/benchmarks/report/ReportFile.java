package io.plrlive.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Markdown file the results go to. The program owns only the part between its two
 * markers and leaves the rest (the method, the reading of the figures) as people wrote
 * it.
 */
public final class ReportFile {

	private ReportFile() {
	}

	/**
	 * Replaces a program's section, appending it (or creating the file) when there is
	 * none yet.
	 * @param file the Markdown file
	 * @param marker the section's marker, e.g. {@code capture-latency}
	 * @param program the program that writes it, named in the marker
	 * @param section the new section, without markers
	 */
	public static void update(Path file, String marker, String program, String section) {
		String begin = "<!-- " + marker + ":begin (written by " + program
				+ "; edits here are lost on the next run) -->";
		String end = "<!-- " + marker + ":end -->";
		String marked = begin + "\n\n" + section.strip() + "\n\n" + end;
		try {
			String current = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
			int from = current.indexOf(begin);
			int to = current.indexOf(end);
			String updated;
			if (from >= 0 && to > from) {
				updated = current.substring(0, from) + marked + current.substring(to + end.length());
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
