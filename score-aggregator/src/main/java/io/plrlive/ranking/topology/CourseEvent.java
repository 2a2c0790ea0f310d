package io.plrlive.ranking.topology;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.contracts.capture.StudentChanged;

/**
 * A captured row on its way to the task that owns its course, with the position it was
 * read from (for dead letters). Internal to the aggregator: it travels on the topology's
 * repartition topic only.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = CourseEvent.Session.class, name = "session"),
		@JsonSubTypes.Type(value = CourseEvent.Participant.class, name = "participant"),
		@JsonSubTypes.Type(value = CourseEvent.Student.class, name = "student") })
public sealed interface CourseEvent {

	/**
	 * Where the row was read: topic, partition and offset.
	 * @return the position, e.g. {@code plr.participant-changes-0@42}
	 */
	String position();

	/**
	 * The captured row.
	 * @return the row
	 */
	RowChange row();

	/**
	 * The key that routes the event: the course id of a session or participant row.
	 * @return the key
	 */
	String routingKey();

	/**
	 * A session row.
	 *
	 * @param row the row
	 * @param position where it was read
	 */
	record Session(LiveSessionChanged row, String position) implements CourseEvent {

		@Override
		public String routingKey() {
			return Long.toString(this.row.courseId());
		}

	}

	/**
	 * A participant row.
	 *
	 * @param row the row
	 * @param position where it was read
	 */
	record Participant(ParticipantChanged row, String position) implements CourseEvent {

		@Override
		public String routingKey() {
			return Long.toString(this.row.courseId());
		}

	}

	/**
	 * A student row; every task receives it, since a student can be on boards of any
	 * course.
	 *
	 * @param row the row
	 * @param position where it was read
	 */
	record Student(StudentChanged row, String position) implements CourseEvent {

		@Override
		public String routingKey() {
			return "student:" + this.row.userId();
		}

	}

}
