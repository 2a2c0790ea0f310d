package io.plrlive.gateway.stream;

import java.util.OptionalLong;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.plrlive.gateway.access.Viewer;
import io.plrlive.gateway.cache.BoardCache;

/**
 * {@code GET /course-instances/{id}/stream}: the course instance's event stream.
 */
@RestController
class StreamController {

	/** Path of a course instance's stream. */
	static final String PATH = "/course-instances/{courseInstanceId}/stream";

	private final StreamHub hub;

	private final BoardCache cache;

	private final Subscriber.Context context;

	StreamController(StreamHub hub, BoardCache cache, Subscriber.Context context) {
		this.hub = hub;
		this.cache = cache;
		this.context = context;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<Flux<DataBuffer>> stream(@PathVariable long courseInstanceId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@AuthenticationPrincipal Jwt token, ServerHttpResponse response) {
		Viewer viewer = Viewer.of(token);
		if (!viewer.mayWatch(courseInstanceId)) {
			throw problem(HttpStatus.FORBIDDEN,
					"Your stream token does not name course instance " + courseInstanceId + ".");
		}
		OptionalLong courseId = this.cache.directory().courseOf(courseInstanceId);
		if (courseId.isEmpty()) {
			throw problem(HttpStatus.NOT_FOUND, "Course instance " + courseInstanceId
					+ " is not known here: it has no enrolled student and no board yet.");
		}
		StreamHub.Admission admission = this.hub.admit(viewer);
		Subscriber subscriber = new Subscriber(viewer, courseInstanceId, courseId.getAsLong(),
				ResumePoint.parse(lastEventId, courseInstanceId), this.context,
				new SseFrames(response.bufferFactory()));
		Flux<DataBuffer> events = subscriber.events(() -> this.hub.add(subscriber), () -> {
			this.hub.remove(subscriber);
			admission.release();
		});
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.cacheControl(CacheControl.noCache())
			// nginx and similar proxies would otherwise hold events back in their buffer.
			.header("X-Accel-Buffering", "no")
			.body(events);
	}

	private static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

}
