package io.plrlive.capture.mapping;

/**
 * What happened to a captured row.
 */
public enum RowOperation {

	/** The row was inserted. */
	INSERT,

	/** The row was updated. */
	UPDATE,

	/** The row was deleted; the row state is the one before the deletion. */
	DELETE,

	/** The row was read by the initial snapshot of logical replication. */
	SNAPSHOT

}
