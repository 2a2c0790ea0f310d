package io.plrlive.benchmarks.original;

import java.util.concurrent.atomic.LongAdder;

/**
 * The running totals behind {@link NotificationActivity}, added to by the listener and
 * the handlers.
 */
final class ActivityCounters {

	private final LongAdder received = new LongAdder();

	private final LongAdder handled = new LongAdder();

	private final LongAdder rows = new LongAdder();

	private final LongAdder resultBytes = new LongAdder();

	private final LongAdder bytesWritten = new LongAdder();

	private final LongAdder queryNanos = new LongAdder();

	private final LongAdder writeNanos = new LongAdder();

	void received(int notifications) {
		this.received.add(notifications);
	}

	void handled(int rows, int resultBytes, long bytesWritten, long queryNanos, long writeNanos) {
		this.rows.add(rows);
		this.resultBytes.add(resultBytes);
		this.bytesWritten.add(bytesWritten);
		this.queryNanos.add(queryNanos);
		this.writeNanos.add(writeNanos);
		this.handled.increment();
	}

	NotificationActivity snapshot() {
		return new NotificationActivity(this.received.sum(), this.handled.sum(), this.rows.sum(),
				this.resultBytes.sum(), this.bytesWritten.sum(), this.queryNanos.sum(), this.writeNanos.sum());
	}

}
