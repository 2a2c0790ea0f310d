package io.plrlive.benchmarks.pipeline;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * When each change committed. The changes of a course instance are numbered 1, 2, 3...
 * and change {@code n} sets one of its students' points to {@code n}, so the top entry of
 * a live board names the newest change it includes. Each course instance has one writer;
 * any thread may read.
 */
public final class CommitLog {

	private final AtomicLongArray[] commitNanos;

	private final AtomicIntegerArray last;

	public CommitLog(int courseInstances, int capacityPerCourseInstance) {
		this.commitNanos = new AtomicLongArray[courseInstances];
		for (int c = 0; c < courseInstances; c++) {
			this.commitNanos[c] = new AtomicLongArray(capacityPerCourseInstance + 1);
		}
		this.last = new AtomicIntegerArray(courseInstances);
	}

	/**
	 * The number of the next change of a course instance, by its only writer.
	 * @param courseIndex the course instance's index
	 * @return the number
	 */
	int next(int courseIndex) {
		int change = this.last.get(courseIndex) + 1;
		if (change >= this.commitNanos[courseIndex].length()) {
			throw new IllegalStateException("The commit log of course instance index " + courseIndex + " is full");
		}
		return change;
	}

	void committed(int courseIndex, int change, long nanos) {
		this.commitNanos[courseIndex].set(change, nanos);
		this.last.set(courseIndex, change);
	}

	/**
	 * When a change committed.
	 * @return {@link System#nanoTime()} after the commit returned, or 0 while it has not
	 * returned yet
	 */
	public long commitNanos(int courseIndex, int change) {
		return this.commitNanos[courseIndex].get(change);
	}

	public int last(int courseIndex) {
		return this.last.get(courseIndex);
	}

}
