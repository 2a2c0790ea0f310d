package io.plrlive.gateway.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request the gateway refuses, answered with a problem body: its status, what the
 * browser is told, and the headers that go with it ({@code Retry-After},
 * {@code WWW-Authenticate}).
 */
public final class Refusal extends RuntimeException {

	private final HttpStatus status;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private Refusal(HttpStatus status, String detail) {
		super(detail, null, false, false);
		this.status = status;
	}

	/**
	 * A refusal.
	 * @param status the response status
	 * @param detail what the browser is told, one sentence or two
	 * @return the refusal
	 */
	public static Refusal of(HttpStatus status, String detail) {
		return new Refusal(status, detail);
	}

	/**
	 * Adds a header to the answer.
	 * @param name the header name
	 * @param value its value
	 * @return this refusal
	 */
	public Refusal withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * Tells the browser when to try again.
	 * @param delay the delay
	 * @return this refusal
	 */
	public Refusal retryAfter(Duration delay) {
		return withHeader(HttpHeaders.RETRY_AFTER, Long.toString(delay.toSeconds()));
	}

	public HttpStatus status() {
		return this.status;
	}

	public String detail() {
		return getMessage();
	}

	public Map<String, String> headers() {
		return Map.copyOf(this.headers);
	}

}
