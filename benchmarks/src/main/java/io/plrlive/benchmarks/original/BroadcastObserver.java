package io.plrlive.benchmarks.original;

/**
 * The benchmark's look at each result the original's server is about to write: not part
 * of the original, and as cheap as a checksum of the event.
 */
@FunctionalInterface
interface BroadcastObserver {

	/**
	 * An event is about to be written to every stream.
	 * @param event its bytes, exactly as written
	 * @param results the rows it carries
	 */
	void broadcasting(byte[] event, LiveResults results);

}
