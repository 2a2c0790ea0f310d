package io.plrlive.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.plrlive.contracts.json.JsonSerde;

/**
 * The JSON of a problem body (RFC 9457), with the members Spring's {@code ProblemDetail}
 * has: {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance}.
 */
public final class ProblemBody {

	/** Its content type. */
	public static final String CONTENT_TYPE = "application/problem+json";

	private ProblemBody() {
	}

	/**
	 * A problem body.
	 * @param status the response status
	 * @param detail what went wrong
	 * @param instance the path of the request
	 * @return the JSON, in UTF-8
	 */
	public static byte[] json(HttpStatus status, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		return JsonSerde.mapper().writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
	}

}
