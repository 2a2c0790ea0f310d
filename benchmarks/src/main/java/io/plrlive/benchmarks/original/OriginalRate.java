package io.plrlive.benchmarks.original;

/**
 * The original design at one offered rate: what the subscribers saw and what its server
 * did meanwhile.
 *
 * @param measurement the latencies and whether the rate was held
 * @param activity the notifications received and handled during the window and the drain
 * @param waiting notifications received and not yet taken by a handler when the drain
 * ended
 * @param handling notifications taken by a handler and not yet written to every stream
 * when the drain ended
 */
record OriginalRate(RateMeasurement measurement, NotificationActivity activity, int waiting, int handling) {

}
