package io.plrlive.benchmarks.scale;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of one point: its figures, or why it has none.
 *
 * @param requested the shape asked for
 * @param measured the shape measured: fewer subscribers than asked for where the
 * open-file limit leaves no room
 * @param setup from the start of the pipeline to the first change of the warm-up (start,
 * seed, subscribers)
 * @param figures what the window measured; empty when the point failed
 * @param failure why the point has no figures; empty when it has them
 */
record PointResult(ScaleShape requested, ScaleShape measured, Duration setup, Optional<PointFigures> figures,
		Optional<String> failure) {

	static PointResult measured(ScaleShape requested, ScaleShape measured, Duration setup, PointFigures figures) {
		return new PointResult(requested, measured, setup, Optional.of(figures), Optional.empty());
	}

	static PointResult failed(ScaleShape requested, ScaleShape measured, Duration setup, String failure) {
		return new PointResult(requested, measured, setup, Optional.empty(), Optional.of(failure));
	}

	/**
	 * Whether fewer subscribers were measured than asked for.
	 * @return {@code true} if the open-file limit capped them
	 */
	boolean capped() {
		return this.measured.subscribers() < this.requested.subscribers();
	}

}
