package io.plrlive.benchmarks.original;

import java.util.List;

/**
 * The original design's run.
 *
 * @param rates one per rate climbed, the last one not held unless the ladder ran out
 * @param warmupUndelivered changes of the warm-up still undelivered when its drain ended
 * @param early deliveries that arrived before the writer's commit call had returned
 * @param unrecognised events received that the server had not written lately (0 unless a
 * stream was garbled)
 */
record OriginalResults(List<OriginalRate> rates, long warmupUndelivered, int early, long unrecognised) {

}
