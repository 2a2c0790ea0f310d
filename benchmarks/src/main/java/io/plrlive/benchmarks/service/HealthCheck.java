package io.plrlive.benchmarks.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Waits until a service started in this JVM answers UP at {@code /actuator/health}, as a
 * load balancer's check would.
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
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		String last = "no answer";
		while (System.nanoTime() < deadline) {
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
				service + " was not UP within " + timeout.toSeconds() + " s at /actuator/health; last answer: " + last);
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
