package io.plrlive.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a server-sent event stream over real HTTP, as a browser would, on its own thread,
 * and hands out the events in order.
 */
public final class SseClient implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final HttpResponse<InputStream> response;

	private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();

	private final List<SseEvent> received = new ArrayList<>();

	private final Thread reader;

	private volatile boolean ended;

	private SseClient(HttpResponse<InputStream> response) {
		this.response = response;
		this.reader = new Thread(this::read, "sse-client");
		this.reader.setDaemon(true);
		if (response.statusCode() == 200) {
			this.reader.start();
		}
	}

	/**
	 * Opens a stream.
	 * @param uri the stream's address
	 * @param headers header names and values, alternately
	 * @return the client, whose {@link #status()} says whether the stream opened
	 */
	public static SseClient open(URI uri, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The response status.
	 * @return e.g. 200
	 */
	public int status() {
		return this.response.statusCode();
	}

	/**
	 * A response header.
	 * @param name the header name
	 * @return its first value, or {@code null}
	 */
	public String header(String name) {
		return this.response.headers().firstValue(name).orElse(null);
	}

	/**
	 * The body of a refused request.
	 * @return the body text
	 */
	public String body() {
		try (InputStream body = this.response.body()) {
			return new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The next event or comment, in order.
	 * @param timeout how long to wait
	 * @return the event
	 * @throws AssertionError if none arrives in time
	 */
	public SseEvent next(Duration timeout) {
		try {
			SseEvent event = this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (event == null) {
				throw new AssertionError("No event within " + timeout + (this.ended ? "; the stream ended" : ""));
			}
			synchronized (this.received) {
				this.received.add(event);
			}
			return event;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Skips events until one matches.
	 * @param match what to wait for
	 * @param timeout how long to wait in all
	 * @return the matching event
	 */
	public SseEvent nextMatching(Predicate<SseEvent> match, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			SseEvent event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			if (match.test(event)) {
				return event;
			}
		}
	}

	/**
	 * The next event that is not a comment.
	 * @param timeout how long to wait
	 * @return the event
	 */
	public SseEvent nextEvent(Duration timeout) {
		return nextMatching((event) -> !event.isComment(), timeout);
	}

	/**
	 * Events that arrived and were not taken yet, without waiting.
	 * @return those events
	 */
	public List<SseEvent> drain() {
		List<SseEvent> drained = new ArrayList<>();
		this.events.drainTo(drained);
		return drained;
	}

	/**
	 * Whether the server ended the stream.
	 * @return true once the body ended
	 */
	public boolean ended() {
		return this.ended;
	}

	@Override
	public void close() {
		try {
			this.response.body().close();
		}
		catch (IOException ex) {
			// Closing a stream the server already ended.
		}
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.response.body(), StandardCharsets.UTF_8))) {
			String id = null;
			String name = null;
			Long retry = null;
			StringBuilder data = null;
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isEmpty()) {
					if (data != null || name != null) {
						this.events.add(new SseEvent(id, (name != null) ? name : "message",
								(data != null) ? data.toString() : "", retry));
					}
					id = null;
					name = null;
					retry = null;
					data = null;
				}
				else if (line.startsWith(":")) {
					this.events.add(new SseEvent(null, null, line.substring(1).trim(), null));
				}
				else {
					int colon = line.indexOf(':');
					String field = (colon < 0) ? line : line.substring(0, colon);
					String value = (colon < 0) ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
					switch (field) {
						case "id" -> id = value;
						case "event" -> name = value;
						case "retry" -> retry = Long.parseLong(value);
						case "data" ->
							data = (data == null) ? new StringBuilder(value) : data.append('\n').append(value);
						default -> {
						}
					}
				}
			}
		}
		catch (IOException ex) {
			// The stream was closed by either side.
		}
		finally {
			this.ended = true;
		}
	}

}
