package io.plrlive.benchmarks.original;

/**
 * What the original's server did with its notifications over a stretch of time.
 *
 * @param received notifications read from the LISTEN connection
 * @param handled notifications whose result had been written to every stream
 * @param rows rows of the results queried, summed
 * @param resultBytes bytes of the SSE events built, summed (one per handled notification)
 * @param bytesWritten bytes handed to the streams' sockets, summed over streams and
 * notifications
 * @param queryNanos time spent querying and serialising, summed
 * @param writeNanos time from the start of a broadcast until every stream's write had
 * ended, summed
 */
record NotificationActivity(long received, long handled, long rows, long resultBytes, long bytesWritten,
		long queryNanos, long writeNanos) {

	static final NotificationActivity NONE = new NotificationActivity(0, 0, 0, 0, 0, 0, 0);

	NotificationActivity since(NotificationActivity earlier) {
		return new NotificationActivity(this.received - earlier.received, this.handled - earlier.handled,
				this.rows - earlier.rows, this.resultBytes - earlier.resultBytes,
				this.bytesWritten - earlier.bytesWritten, this.queryNanos - earlier.queryNanos,
				this.writeNanos - earlier.writeNanos);
	}

	double meanRows() {
		return (this.handled > 0) ? this.rows / (double) this.handled : 0;
	}

	double meanResultBytes() {
		return (this.handled > 0) ? this.resultBytes / (double) this.handled : 0;
	}

	double meanBytesWritten() {
		return (this.handled > 0) ? this.bytesWritten / (double) this.handled : 0;
	}

	double meanQueryMillis() {
		return (this.handled > 0) ? this.queryNanos / 1e6 / this.handled : 0;
	}

	double meanWriteMillis() {
		return (this.handled > 0) ? this.writeNanos / 1e6 / this.handled : 0;
	}

}
