package io.plrlive.gateway.stream;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.http.HttpStatus;

import io.plrlive.gateway.access.StreamAccess;
import io.plrlive.gateway.access.Viewer;
import io.plrlive.gateway.cache.BoardCache;
import io.plrlive.gateway.problem.ProblemBody;
import io.plrlive.gateway.problem.Refusal;

/**
 * {@code GET /course-instances/{id}/stream}: the course instance's event stream, on a
 * Reactor Netty route of its own beside WebFlux. The request is checked at once, from its
 * headers; then an open stream holds only its {@link Subscriber}, the connection and the
 * write of its frames: no exchange, no filter chain, no security context, no decoded
 * token.
 */
final class StreamEndpoint {

	/** Path of a course instance's stream, as a Reactor Netty route template. */
	static final String PATH = "/course-instances/{courseInstanceId}/stream";

	private static final String LAST_EVENT_ID = "Last-Event-ID";

	private final StreamAccess access;

	private final StreamHub hub;

	private final BoardCache cache;

	private final Subscriber.Context context;

	StreamEndpoint(StreamAccess access, StreamHub hub, BoardCache cache, Subscriber.Context context) {
		this.access = access;
		this.hub = hub;
		this.cache = cache;
		this.context = context;
	}

	/**
	 * Answers a stream request: the stream, or a problem body when it is refused.
	 * @param request the request
	 * @param response its response
	 * @return completes when the stream ends
	 */
	Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
		try {
			return stream(request, response);
		}
		catch (Refusal refusal) {
			return refuse(request, response, refusal);
		}
	}

	private Publisher<Void> stream(HttpServerRequest request, HttpServerResponse response) {
		HttpHeaders headers = request.requestHeaders();
		this.access.allowOrigin(headers, response.responseHeaders());
		Viewer viewer = this.access.viewer(headers);
		// Read once: the request, which the connection keeps, keeps no copy of the token.
		headers.remove(HttpHeaderNames.AUTHORIZATION).remove(HttpHeaderNames.COOKIE);
		long courseInstanceId = courseInstanceId(request.param("courseInstanceId"));
		if (!viewer.mayWatch(courseInstanceId)) {
			throw Refusal.of(HttpStatus.FORBIDDEN,
					"Your stream token does not name course instance " + courseInstanceId + ".");
		}
		long courseId = this.cache.directory()
			.courseOf(courseInstanceId)
			.orElseThrow(() -> Refusal.of(HttpStatus.NOT_FOUND, "Course instance " + courseInstanceId
					+ " is not known here: it has no enrolled student and no board yet."));
		StreamHub.Admission admission = this.hub.admit(viewer);
		Subscriber subscriber = new Subscriber(viewer, courseInstanceId, courseId,
				ResumePoint.parse(headers.get(LAST_EVENT_ID), courseInstanceId), this.context);
		Flux<ByteBuf> events = subscriber.events(() -> this.hub.add(subscriber), () -> {
			this.hub.remove(subscriber);
			admission.release();
		});
		return response.sse()
			.header(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE)
			// nginx and similar proxies would otherwise hold events back in their buffer.
			.header("X-Accel-Buffering", "no")
			.send(events)
			.then()
			// A browser that stayed behind: its connection is closed, without a trailer.
			.onErrorResume(SlowSubscriberException.class,
					(behind) -> Mono.fromRunnable(() -> response.withConnection(Connection::dispose)));
	}

	private static long courseInstanceId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw Refusal.of(HttpStatus.BAD_REQUEST, "The course instance id must be a number, not '" + id + "'.");
		}
	}

	private static Publisher<Void> refuse(HttpServerRequest request, HttpServerResponse response, Refusal refusal) {
		refusal.headers().forEach(response::header);
		byte[] body = ProblemBody.json(refusal.status(), refusal.detail(), request.fullPath());
		return response.status(refusal.status().value())
			.header(HttpHeaderNames.CONTENT_TYPE, ProblemBody.CONTENT_TYPE)
			.sendByteArray(Mono.just(body));
	}

}
