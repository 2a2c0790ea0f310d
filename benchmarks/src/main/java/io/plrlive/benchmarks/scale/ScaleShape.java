package io.plrlive.benchmarks.scale;

import io.plrlive.benchmarks.report.Figures;

/**
 * The shape of one point of a curve: the course instances with an open live session, the
 * students of each, and the SSE subscribers spread evenly over the course instances.
 *
 * @param courseInstances course instances, each with one open live session
 * @param students students of each course instance, all on its live board
 * @param subscribers SSE streams, subscriber {@code i} on course instance
 * {@code i mod courseInstances}
 */
record ScaleShape(int courseInstances, int students, int subscribers) {

	ScaleShape withSubscribers(int count) {
		return new ScaleShape(this.courseInstances, this.students, count);
	}

	/**
	 * The shape in words.
	 * @return e.g. {@code 100 course instances × 30 students, 1,000 subscribers}
	 */
	String describe() {
		return Figures.rate(this.courseInstances) + " course instances × " + Figures.rate(this.students) + " students, "
				+ Figures.rate(this.subscribers) + " subscribers";
	}

}
