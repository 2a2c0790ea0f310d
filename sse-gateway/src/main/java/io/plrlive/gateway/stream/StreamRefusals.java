package io.plrlive.gateway.stream;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a refused stream request as a problem body. Browsers ask for
 * {@code text/event-stream}, which would otherwise have the problem encoded as an event:
 * the content type is set explicitly.
 */
// Before Spring Boot's problem-details handler, which would negotiate text/event-stream.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = StreamController.class)
class StreamRefusals {

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> refuse(ErrorResponseException refusal, ServerWebExchange exchange) {
		ProblemDetail problem = refusal.getBody();
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		return ResponseEntity.status(refusal.getStatusCode())
			.headers(refusal.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
