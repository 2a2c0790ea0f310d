package io.plrlive.benchmarks.original;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.LongConsumer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.ChannelGroupFuture;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.concurrent.ImmediateEventExecutor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * The original's SSE registry ({@code sseClients.js}) on a plain Reactor Netty server on
 * loopback: one global set of open streams, for every page and every course, with no
 * limit and no per-course key. A stream gets the SSE headers and then whatever is
 * broadcast; an event goes to every stream. The original's {@code connected} broadcast on
 * each new stream is left out: it costs only while the streams open, outside every
 * measured window.
 */
final class SseBroadcastServer implements AutoCloseable {

	/**
	 * Socket send buffer of each stream (the kernel doubles it). Fixed rather than
	 * auto-tuned, so that thousands of streams behind on megabytes each cannot push the
	 * shared machine's TCP memory into pressure.
	 */
	static final int SOCKET_BUFFER_BYTES = 32 * 1024;

	private static final String PATH = "/pl/course_instance/{ciid}/plrStudent/live_updates";

	private final LoopResources loops;

	private final ChannelGroup streams = new DefaultChannelGroup("original-sse-streams",
			ImmediateEventExecutor.INSTANCE);

	private final DisposableServer server;

	SseBroadcastServer(int eventLoops) {
		this.loops = LoopResources.create("original-sse-server", 1, eventLoops, true);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.childOption(ChannelOption.SO_SNDBUF, SOCKET_BUFFER_BYTES)
			.route((routes) -> routes.get(PATH, this::stream))
			.bindNow(Duration.ofSeconds(10));
	}

	/**
	 * The stream of a course instance, as the student page opens it. Every course
	 * instance gets the same events.
	 * @param courseInstanceId the course instance in the address
	 * @return its address
	 */
	URI streamUri(long courseInstanceId) {
		return URI.create("http://127.0.0.1:" + this.server.port() + "/pl/course_instance/" + courseInstanceId
				+ "/plrStudent/live_updates");
	}

	/**
	 * An SSE event as the original wrote it: an {@code event:} line, one {@code data:}
	 * line and a blank line.
	 * @param name the event's name
	 * @param data its data, one line
	 * @return its bytes
	 */
	static byte[] event(String name, byte[] data) {
		byte[] head = ("event: " + name + "\ndata: ").getBytes(StandardCharsets.US_ASCII);
		byte[] event = new byte[head.length + data.length + 2];
		System.arraycopy(head, 0, event, 0, head.length);
		System.arraycopy(data, 0, event, head.length, data.length);
		event[event.length - 2] = '\n';
		event[event.length - 1] = '\n';
		return event;
	}

	/**
	 * Writes one event to every open stream, as {@code sendToClients} did, without
	 * waiting for any: one buffer, shared by every stream's write. Each stream gets the
	 * event as one HTTP chunk.
	 * @param event the event's bytes
	 * @param written receives the bytes handed to the sockets, once every write has ended
	 * (written or failed)
	 */
	void broadcast(byte[] event, LongConsumer written) {
		ByteBuf buffer = Unpooled.directBuffer(event.length).writeBytes(event);
		ChannelGroupFuture writes = this.streams.writeAndFlush(buffer);
		writes.addListener((ignored) -> {
			long bytes = 0;
			for (ChannelFuture write : writes) {
				if (write.isSuccess()) {
					bytes += event.length;
				}
			}
			written.accept(bytes);
		});
	}

	private Publisher<Void> stream(HttpServerRequest request, HttpServerResponse response) {
		return response.header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
			.header(HttpHeaderNames.CACHE_CONTROL, "no-cache")
			.header(HttpHeaderNames.CONNECTION, "keep-alive")
			.sendHeaders()
			.then(Mono
				.fromRunnable(() -> response.withConnection((connection) -> this.streams.add(connection.channel()))))
			// Open until the browser goes; the group forgets a closed stream by itself.
			.then(Mono.never());
	}

	@Override
	public void close() {
		this.streams.close().awaitUninterruptibly(10_000);
		this.server.disposeNow(Duration.ofSeconds(10));
		this.loops.disposeLater().block(Duration.ofSeconds(10));
	}

}
