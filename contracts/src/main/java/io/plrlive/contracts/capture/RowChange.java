package io.plrlive.contracts.capture;

/**
 * The state of one PLR row after a committed change, as captured by either path (NOTIFY
 * or logical replication). Consumers keep the highest {@link #version()} per
 * {@link #key()}, so duplicates and reordering between the two paths are harmless. A
 * deletion is a change of its own: {@link #deleted()} is set and the version is one above
 * the deleted row's last version.
 */
public sealed interface RowChange permits LiveSessionChanged, ParticipantChanged, StudentChanged, EnrollmentChanged {

	/**
	 * The row's primary key, which is also the Kafka record key.
	 * @return the primary key
	 */
	long key();

	/**
	 * The row's version: 1 when inserted, incremented by the row's own trigger on every
	 * update.
	 * @return the version, at least 1
	 */
	long version();

	/**
	 * Whether the row was deleted by this change.
	 * @return {@code true} for a deletion
	 */
	boolean deleted();

	/**
	 * Whether this change supersedes {@code other}, the latest change already seen for
	 * the same key.
	 * @param other the change kept so far, or {@code null} if none
	 * @return {@code true} when this change is newer
	 */
	default boolean supersedes(RowChange other) {
		return other == null || version() > other.version();
	}

	static void requireVersion(long version) {
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1 but was " + version);
		}
	}

}
