package io.plrlive.benchmarks.original;

/**
 * One answer of the live-results query: the JSON the original sent, and, for the
 * benchmark's bookkeeping only, each row's participant and points in row order.
 *
 * @param json the rows as a JSON array, UTF-8
 * @param identifiers each row's {@code identifier} (the participant's id)
 * @param points each row's points
 */
record LiveResults(byte[] json, long[] identifiers, long[] points) {

	int rows() {
		return this.identifiers.length;
	}

}
