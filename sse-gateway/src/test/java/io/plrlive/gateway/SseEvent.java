package io.plrlive.gateway;

import tools.jackson.databind.JsonNode;

import io.plrlive.contracts.json.JsonSerde;

/**
 * One server-sent event as a browser's {@code EventSource} sees it, or a comment.
 *
 * @param id the event's {@code id:}, or {@code null}
 * @param name the event's {@code event:}, or {@code null} for a comment
 * @param data the {@code data:} lines joined, or the comment text
 * @param retry the {@code retry:} value, or {@code null}
 */
public record SseEvent(String id, String name, String data, Long retry) {

	/**
	 * Whether this is a comment, as heartbeats are.
	 * @return true for a comment
	 */
	public boolean isComment() {
		return this.name == null;
	}

	/**
	 * The data as JSON.
	 * @return the parsed data
	 */
	public JsonNode json() {
		return JsonSerde.mapper().readTree(this.data);
	}

	/**
	 * For a {@code board} event, the board and version it carries.
	 * @return e.g. {@code live:12@3}
	 */
	public String boardVersion() {
		if (!"board".equals(this.name)) {
			throw new AssertionError("Expected a board event but got " + this);
		}
		JsonNode json = json();
		return json.get("boardId").asString() + "@" + json.get("version").asLong();
	}

}
