package io.plrlive.launcher;

/**
 * How big and how lively the local run's demo is: the scale knobs for load runs.
 *
 * @param courses courses seeded at first start (each with a past and a current instance
 * and five live assessments)
 * @param students students seeded, enrolled in every course instance
 * @param activity the share of students who make progress in a simulation step (one step
 * a second)
 * @param simulate whether students answer at all
 */
record DemoOptions(int courses, int students, double activity, boolean simulate) {

	/** The local run's: 2 courses, 40 students, a few answers a second. */
	static final DemoOptions DEFAULT = new DemoOptions(2, 40, 0.08, true);

	/** The default population, no simulation: for tests that play the students. */
	static final DemoOptions IDLE = new DemoOptions(2, 40, 0.08, false);

	DemoOptions {
		if (courses < 1 || courses > 100) {
			throw new IllegalArgumentException("--demo-courses must be from 1 to 100, not " + courses);
		}
		if (students < 1 || students > 10_000) {
			throw new IllegalArgumentException("--demo-students must be from 1 to 10000, not " + students);
		}
		if (!(activity > 0 && activity <= 1)) {
			throw new IllegalArgumentException(
					"--demo-activity must be a share of students above 0 and at most 1, not " + activity);
		}
	}

	DemoSimulator.Settings simulation() {
		return new DemoSimulator.Settings(DemoSimulator.Settings.DEFAULT.tick(),
				DemoSimulator.Settings.DEFAULT.sessionLength(), this.activity);
	}

}
