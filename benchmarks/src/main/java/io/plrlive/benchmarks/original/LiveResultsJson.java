package io.plrlive.benchmarks.original;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.postgresql.util.PGInterval;

/**
 * The rows of the live results as JSON, in the shape the original put on the wire:
 * node-postgres turned each row into an object keyed by column name, in column order, and
 * the interval into an object of its non-zero parts (e.g.
 * {@code {"minutes":3,"seconds":12,"milliseconds":345.6}}); {@code JSON.stringify} wrote
 * the array without spaces.
 */
final class LiveResultsJson {

	private final StringBuilder text = new StringBuilder(64 * 1024).append('[');

	private long[] identifiers = new long[1024];

	private long[] points = new long[1024];

	private int rows;

	void row(String displayName, long points, PGInterval duration, long identifier) {
		if (this.rows > 0) {
			this.text.append(',');
		}
		if (this.rows == this.identifiers.length) {
			this.identifiers = Arrays.copyOf(this.identifiers, 2 * this.rows);
			this.points = Arrays.copyOf(this.points, 2 * this.rows);
		}
		this.identifiers[this.rows] = identifier;
		this.points[this.rows] = points;
		this.rows++;
		this.text.append("{\"display_name\":");
		string(displayName);
		this.text.append(",\"points\":").append(points).append(",\"rank\":null,\"duration\":");
		interval(duration);
		this.text.append(",\"identifier\":").append(identifier).append(",\"achievements\":null}");
	}

	LiveResults finish() {
		this.text.append(']');
		return new LiveResults(this.text.toString().getBytes(StandardCharsets.UTF_8),
				Arrays.copyOf(this.identifiers, this.rows), Arrays.copyOf(this.points, this.rows));
	}

	private void interval(PGInterval duration) {
		this.text.append('{');
		int fields = 0;
		fields = field("years", duration.getYears(), fields);
		fields = field("months", duration.getMonths(), fields);
		fields = field("days", duration.getDays(), fields);
		fields = field("hours", duration.getHours(), fields);
		fields = field("minutes", duration.getMinutes(), fields);
		fields = field("seconds", duration.getWholeSeconds(), fields);
		int micros = duration.getMicroSeconds();
		if (micros != 0) {
			this.text.append((fields > 0) ? "," : "").append("\"milliseconds\":");
			if (micros % 1000 == 0) {
				this.text.append(micros / 1000);
			}
			else {
				this.text.append(micros / 1000.0);
			}
		}
		this.text.append('}');
	}

	private int field(String name, int value, int fields) {
		if (value == 0) {
			return fields;
		}
		this.text.append((fields > 0) ? "," : "").append('"').append(name).append("\":").append(value);
		return fields + 1;
	}

	private void string(String value) {
		this.text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> this.text.append("\\\"");
				case '\\' -> this.text.append("\\\\");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				case '\t' -> this.text.append("\\t");
				default -> {
					if (c < 0x20) {
						this.text.append(String.format("\\u%04x", (int) c));
					}
					else {
						this.text.append(c);
					}
				}
			}
		}
		this.text.append('"');
	}

}
