package io.plrlive.benchmarks.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Waits until a service answers UP at its health endpoint, as a load balancer's check
 * would.
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	/**
	 * Returns once the service is UP.
	 * @param context the service's application context (with a web server)
	 * @param service its name, for the error
	 * @param timeout how long to wait
	 * @throws IllegalStateException if it is not UP in time, with its last answer
	 */
	public static void awaitUp(ConfigurableApplicationContext context, String service, Duration timeout) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		awaitUp(URI.create("http://localhost:" + port + "/actuator/health"), service, timeout, () -> true);
	}

	/**
	 * Returns once a service, in this JVM or another process, is UP at a health endpoint.
	 * @param health the endpoint, e.g.
	 * {@code http://localhost:8081/actuator/health/readiness}
	 * @param service its name, for the error
	 * @param timeout how long to wait
	 * @param running whether the service still runs; the wait ends at once when it does
	 * not
	 * @throws IllegalStateException if it is not UP in time, with its last answer
	 */
	public static void awaitUp(URI health, String service, Duration timeout, BooleanSupplier running) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		String last = "no answer";
		while (System.nanoTime() < deadline) {
			if (!running.getAsBoolean()) {
				throw new IllegalStateException(service + " stopped before it was UP; last answer: " + last);
			}
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				// DOWN answers 503; the top-level status comes first in the body.
				if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
					return;
				}
				last = response.statusCode() + " " + response.body();
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + service + " to be UP", ex);
			}
			pause(service);
		}
		throw new IllegalStateException(
				service + " was not UP within " + timeout.toSeconds() + " s at " + health + "; last answer: " + last);
	}

	private static void pause(String service) {
		try {
			TimeUnit.MILLISECONDS.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + service + " to be UP", ex);
		}
	}

}
