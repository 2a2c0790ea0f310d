package io.plrlive.gateway.cache;

/**
 * Told about every change of the cache, on the thread that reads the topics; it must not
 * block.
 */
public interface CacheListener {

	/**
	 * A board has a newer snapshot.
	 * @param board the new snapshot
	 */
	void boardChanged(CachedBoard board);

	/**
	 * A student's achievements in a course instance changed.
	 * @param courseInstanceId the course instance
	 * @param handle the student's handle
	 */
	void achievementsChanged(long courseInstanceId, String handle);

}
