package io.plrlive.gateway.stream;

import io.plrlive.contracts.board.BoardKind;

/**
 * What a subscriber may have waiting to be sent. Each slot holds at most one pending
 * change, rendered from the latest state when sent: a newer snapshot of a board replaces
 * an unsent older one, so a subscriber's backlog is bounded by the number of slots.
 */
enum Slot {

	/** The {@code viewer} event with the {@code retry:} hint, once per connection. */
	VIEWER,

	/** The course instance's live board. */
	LIVE,

	/** The course instance's seasonal board. */
	SEASONAL,

	/** The course's all-time board. */
	ALL_TIME,

	/** The viewer's achievements. */
	ACHIEVEMENTS,

	/** The viewer count. */
	VIEWERS,

	/** A comment on an idle stream. */
	HEARTBEAT,

	/** The last event before the gateway closes the stream on shutdown. */
	RECONNECT;

	final int bit() {
		return 1 << ordinal();
	}

	static Slot of(BoardKind kind) {
		return switch (kind) {
			case LIVE -> LIVE;
			case SEASONAL -> SEASONAL;
			case ALL_TIME -> ALL_TIME;
		};
	}

}
