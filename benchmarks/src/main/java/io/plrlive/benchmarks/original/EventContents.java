package io.plrlive.benchmarks.original;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What each recent event of the original's server shows, by content: per course instance,
 * the points of its top row (its first row, the rows being ordered by points), which name
 * the newest change of that course instance the event includes. Filled from the rows as
 * the server writes each event, and read by the subscribers with the checksum and length
 * of the bytes they received, so that 5,000 subscribers need not each read a megabyte of
 * JSON in this JVM, as 5,000 browsers would on their own machines. Keeps the latest
 * {@value #CAPACITY} events, far more than can be in flight.
 */
final class EventContents implements BroadcastObserver {

	static final long UNKNOWN = -1;

	private static final int CAPACITY = 4096;

	private final ParticipantCourses courses;

	private final int courseInstances;

	private final Map<Long, long[]> topPointsByEvent = new LinkedHashMap<>(2 * CAPACITY, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
			return size() > CAPACITY;
		}

	};

	EventContents(ParticipantCourses courses, int courseInstances) {
		this.courses = courses;
		this.courseInstances = courseInstances;
	}

	/**
	 * The key of an event's bytes.
	 * @param crc32c their CRC-32C
	 * @param length how many
	 * @return the key
	 */
	static long key(long crc32c, long length) {
		return (crc32c << 32) ^ length;
	}

	@Override
	public void broadcasting(byte[] event, LiveResults results) {
		long[] topPoints = new long[this.courseInstances];
		Arrays.fill(topPoints, UNKNOWN);
		for (int row = 0; row < results.rows(); row++) {
			int courseIndex = this.courses.courseIndexOf(results.identifiers()[row]);
			if (courseIndex != ParticipantCourses.NONE && topPoints[courseIndex] == UNKNOWN) {
				topPoints[courseIndex] = results.points()[row];
			}
		}
		CRC32C crc = new CRC32C();
		crc.update(ByteBuffer.wrap(event));
		long key = key(crc.getValue(), event.length);
		synchronized (this.topPointsByEvent) {
			this.topPointsByEvent.put(key, topPoints);
		}
	}

	/**
	 * The points of a course instance's top row in an event.
	 * @param key the event's key
	 * @param courseIndex the course instance
	 * @return the points, or {@link #UNKNOWN} for an event not written lately or without
	 * a row of the course instance
	 */
	long topPoints(long key, int courseIndex) {
		long[] topPoints;
		synchronized (this.topPointsByEvent) {
			topPoints = this.topPointsByEvent.get(key);
		}
		return (topPoints != null) ? topPoints[courseIndex] : UNKNOWN;
	}

}
