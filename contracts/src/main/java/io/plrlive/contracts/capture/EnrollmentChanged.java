package io.plrlive.contracts.capture;

/**
 * A row of {@code plr_enrollments}, PLR's mirror of the host's enrollments: who is a
 * student of a course instance, which the attendance achievement needs.
 *
 * @param enrollmentId primary key, the host enrollment's id
 * @param userId the student
 * @param courseId course of the course instance
 * @param courseInstanceId the course instance
 * @param version row version
 * @param deleted whether the enrollment was removed
 */
public record EnrollmentChanged(long enrollmentId, long userId, long courseId, long courseInstanceId, long version,
		boolean deleted) implements RowChange {

	public EnrollmentChanged {
		RowChange.requireVersion(version);
	}

	@Override
	public long key() {
		return this.enrollmentId;
	}

}
