package io.plrlive.benchmarks.original;

import java.util.List;

/**
 * The pipeline's run.
 *
 * @param rates one per rate climbed, the last one not held unless the ladder ran out
 * @param early deliveries that arrived before the writer's commit call had returned
 */
record PipelineResults(List<RateMeasurement> rates, int early) {

}
