package io.plrlive.benchmarks.original;

import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

import io.netty.buffer.ByteBuf;

/**
 * One subscriber's stream of the original's events as it arrives, held by none: a
 * checksum of each event's bytes and their count, handed on when the event's blank line
 * has arrived. The server writes each event as one HTTP chunk and the HTTP decoder never
 * joins two chunks in one piece, so an event ends exactly where a piece ends with the
 * blank line (the JSON has no line breaks).
 */
final class ReceivedEvents {

	private final LongConsumer onEvent;

	private final CRC32C crc = new CRC32C();

	private long length;

	private byte lastByte;

	/**
	 * A reader for one stream.
	 * @param onEvent receives the key of each complete event (see
	 * {@link EventContents#key(long, long)})
	 */
	ReceivedEvents(LongConsumer onEvent) {
		this.onEvent = onEvent;
	}

	/**
	 * Reads the next piece of the stream.
	 * @param piece its bytes, not consumed
	 */
	void feed(ByteBuf piece) {
		int size = piece.readableBytes();
		if (size == 0) {
			return;
		}
		if (piece.nioBufferCount() == 1) {
			this.crc.update(piece.nioBuffer());
		}
		else {
			byte[] bytes = new byte[size];
			piece.getBytes(piece.readerIndex(), bytes);
			this.crc.update(bytes);
		}
		this.length += size;
		byte last = piece.getByte(piece.writerIndex() - 1);
		byte beforeLast = (size > 1) ? piece.getByte(piece.writerIndex() - 2) : this.lastByte;
		this.lastByte = last;
		if (last == '\n' && beforeLast == '\n') {
			long key = EventContents.key(this.crc.getValue(), this.length);
			this.crc.reset();
			this.length = 0;
			this.lastByte = 0;
			this.onEvent.accept(key);
		}
	}

}
