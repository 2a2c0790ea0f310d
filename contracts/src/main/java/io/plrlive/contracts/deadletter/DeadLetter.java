package io.plrlive.contracts.deadletter;

import java.time.Instant;
import java.util.Objects;

/**
 * A record or row that could not be processed, kept whole with the reason so nothing is
 * lost.
 *
 * @param source where it came from, e.g. {@code notify:plr_changes},
 * {@code cdc:plr_participants} or a topic name
 * @param position its position there, e.g. an LSN or {@code topic-partition@offset}, or
 * {@code null} if unknown
 * @param reason why it was rejected
 * @param payload the original payload as text (Base64 when it was not valid UTF-8)
 * @param failedAt when it was rejected
 */
public record DeadLetter(String source, String position, String reason, String payload, Instant failedAt) {

	public DeadLetter {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(failedAt, "failedAt");
	}

}
