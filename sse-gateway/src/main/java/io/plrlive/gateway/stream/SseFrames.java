package io.plrlive.gateway.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.netty.buffer.Unpooled;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBufferFactory;

/**
 * Writes server-sent event frames. A board's JSON is shared by every subscriber's frame:
 * on Reactor Netty a frame is a composite of its own small header and that one array,
 * never a copy.
 */
final class SseFrames {

	private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] HEARTBEAT = ":\n\n".getBytes(StandardCharsets.US_ASCII);

	private final DataBufferFactory buffers;

	SseFrames(DataBufferFactory buffers) {
		this.buffers = buffers;
	}

	/**
	 * An event.
	 * @param id the event id, or {@code null} to leave the browser's last id as it is
	 * @param name the event name
	 * @param data one line of JSON
	 * @param retry reconnection delay to announce, or {@code null}
	 * @return the frame
	 */
	DataBuffer event(String id, String name, byte[] data, Duration retry) {
		StringBuilder header = new StringBuilder(64);
		if (retry != null) {
			header.append("retry: ").append(retry.toMillis()).append('\n');
		}
		if (id != null) {
			header.append("id: ").append(id).append('\n');
		}
		header.append("event: ").append(name).append("\ndata: ");
		return frame(header.toString().getBytes(StandardCharsets.UTF_8), data, END);
	}

	/**
	 * A comment that keeps an idle stream open through proxies.
	 * @return the frame
	 */
	DataBuffer heartbeat() {
		return this.buffers.wrap(HEARTBEAT);
	}

	private DataBuffer frame(byte[] header, byte[] data, byte[] end) {
		if (this.buffers instanceof NettyDataBufferFactory netty) {
			return netty.wrap(Unpooled.wrappedBuffer(header, data, end));
		}
		byte[] whole = new byte[header.length + data.length + end.length];
		System.arraycopy(header, 0, whole, 0, header.length);
		System.arraycopy(data, 0, whole, header.length, data.length);
		System.arraycopy(end, 0, whole, header.length + data.length, end.length);
		return this.buffers.wrap(whole);
	}

}
