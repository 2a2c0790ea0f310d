package io.plrlive.capture.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * Typed, checked access to the columns of one captured row, with errors that name the
 * table and column.
 */
final class RowReader {

	private final String tableName;

	private final JsonNode row;

	RowReader(String tableName, JsonNode row) {
		this.tableName = tableName;
		this.row = row;
	}

	long requiredLong(String column) {
		JsonNode value = required(column);
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw new UnmappableRowException(
					"Column " + this.tableName + "." + column + " is " + value + ", expected a 64-bit integer");
		}
		return value.longValue();
	}

	String requiredText(String column) {
		JsonNode value = required(column);
		if (!value.isString()) {
			throw new UnmappableRowException(
					"Column " + this.tableName + "." + column + " is " + value + ", expected text");
		}
		return value.stringValue();
	}

	Instant requiredInstant(String column) {
		Instant instant = optionalInstant(column);
		if (instant == null) {
			throw missing(column);
		}
		return instant;
	}

	Instant optionalInstant(String column) {
		JsonNode value = this.row.get(column);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.asString()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new UnmappableRowException("Column " + this.tableName + "." + column + " is " + value
					+ ", expected a timestamp with time zone", ex);
		}
	}

	private JsonNode required(String column) {
		JsonNode value = this.row.get(column);
		if (value == null || value.isNull()) {
			throw missing(column);
		}
		return value;
	}

	private UnmappableRowException missing(String column) {
		return new UnmappableRowException("Column " + this.tableName + "." + column + " is missing or null");
	}

}
