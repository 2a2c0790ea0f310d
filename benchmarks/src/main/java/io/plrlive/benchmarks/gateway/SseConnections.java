package io.plrlive.benchmarks.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Server-sent event streams read without blocking, as many as the open-file limit allows:
 * Reactor Netty, one connection per stream (no pool) and a fixed number of event-loop
 * threads for all of them. Netty's own frame decoder cuts each response body into events
 * at their blank line, and an event is handed over as the bytes it arrived in, valid
 * during the call only. (WebFlux's SSE decoder, which makes strings of every line, cost
 * the client both cores at 5,000 events/s, more than the servers measured.)
 */
final class SseConnections implements AutoCloseable {

	/** The longest event accepted; a board of 50 entries is about 6 KiB. */
	private static final int MAX_EVENT_BYTES = 1024 * 1024;

	private static final byte[] EVENT_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

	private final LoopResources loops;

	private final HttpClient http;

	/**
	 * Creates the client.
	 * @param eventLoops event-loop threads shared by every stream
	 */
	SseConnections(int eventLoops) {
		this.loops = LoopResources.create("sse-client", eventLoops, true);
		this.http = HttpClient.create(ConnectionProvider.newConnection())
			.runOn(this.loops)
			.doOnResponse((response, connection) -> connection.addHandlerLast("sse-events",
					new DelimiterBasedFrameDecoder(MAX_EVENT_BYTES, Unpooled.wrappedBuffer(EVENT_END))));
	}

	/**
	 * Opens a stream.
	 * @param uri its address
	 * @param bearerToken the token to send as {@code Authorization: Bearer}, or
	 * {@code null}
	 * @param onEvent receives each event or comment, without its blank line, on an
	 * event-loop thread; the bytes are released when it returns
	 * @param onEnd receives the error that ended the stream (an answer other than 200
	 * included), or {@code null} when the server ended it
	 * @return what closes the stream
	 */
	Disposable open(URI uri, String bearerToken, Consumer<ByteBuf> onEvent, Consumer<Throwable> onEnd) {
		return this.http.headers((headers) -> {
			headers.set(HttpHeaderNames.ACCEPT, "text/event-stream");
			if (bearerToken != null) {
				headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + bearerToken);
			}
		}).get().uri(uri).response((response, body) -> {
			if (!response.status().equals(HttpResponseStatus.OK)) {
				return Flux.error(new IllegalStateException(uri + " answered " + response.status()));
			}
			return body;
		}).subscribe(onEvent, onEnd, () -> onEnd.accept(null));
	}

	@Override
	public void close() {
		this.loops.dispose();
	}

}
