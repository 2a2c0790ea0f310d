package io.plrlive.web.course;

import java.sql.SQLException;

import org.springframework.dao.DataAccessException;

/**
 * The reason PostgreSQL gave for refusing a change, as the PLR functions and triggers
 * word it ({@code RAISE EXCEPTION}), without the SQL around it.
 */
final class DatabaseRefusal {

	private DatabaseRefusal() {
	}

	static String reason(DataAccessException ex) {
		Throwable cause = ex.getMostSpecificCause();
		String message = (cause instanceof SQLException sql && sql.getMessage() != null) ? sql.getMessage()
				: ex.getMessage();
		// "ERROR: Course instance 12 already has an open live session (41); close it
		// first\n Where: ..."
		String firstLine = message.lines().findFirst().orElse(message);
		return firstLine.replaceFirst("^ERROR:\\s*", "");
	}

}
