package io.plrlive.gateway.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Writes server-sent event frames. A board's JSON is shared by every subscriber's frame:
 * a frame is a composite of its own small header and that one array, never a copy.
 */
final class SseFrames {

	private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] HEARTBEAT = ":\n\n".getBytes(StandardCharsets.US_ASCII);

	private SseFrames() {
	}

	/**
	 * An event.
	 * @param id the event id, or {@code null} to leave the browser's last id as it is
	 * @param name the event name
	 * @param data one line of JSON
	 * @param retry reconnection delay to announce, or {@code null}
	 * @return the frame
	 */
	static ByteBuf event(String id, String name, byte[] data, Duration retry) {
		StringBuilder header = new StringBuilder(64);
		if (retry != null) {
			header.append("retry: ").append(retry.toMillis()).append('\n');
		}
		if (id != null) {
			header.append("id: ").append(id).append('\n');
		}
		header.append("event: ").append(name).append("\ndata: ");
		return Unpooled.wrappedBuffer(header.toString().getBytes(StandardCharsets.UTF_8), data, END);
	}

	/**
	 * A comment that keeps an idle stream open through proxies.
	 * @return the frame
	 */
	static ByteBuf heartbeat() {
		return Unpooled.wrappedBuffer(HEARTBEAT);
	}

}
