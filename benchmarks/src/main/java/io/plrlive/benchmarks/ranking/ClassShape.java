package io.plrlive.benchmarks.ranking;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two loads of the issue: many small live sessions at once, or one big class.
 */
enum ClassShape {

	MANY_SESSIONS("many-sessions", 1000, 50),

	BIG_CLASS("big-class", 1, 2000);

	private final String label;

	private final int courseInstances;

	private final int studentsPerClass;

	ClassShape(String label, int courseInstances, int studentsPerClass) {
		this.label = label;
		this.courseInstances = courseInstances;
		this.studentsPerClass = studentsPerClass;
	}

	String label() {
		return this.label;
	}

	int courseInstances() {
		return this.courseInstances;
	}

	int studentsPerClass() {
		return this.studentsPerClass;
	}

	String describe() {
		return String.format(Locale.ROOT, "%,d live session%s of %,d students", this.courseInstances,
				(this.courseInstances == 1) ? "" : "s", this.studentsPerClass);
	}

	static ClassShape named(String label) {
		return Arrays.stream(values())
			.filter((shape) -> shape.label.equals(label))
			.findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException("Unknown scenario '" + label + "': many-sessions or big-class"));
	}

}
