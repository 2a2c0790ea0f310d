package io.plrlive.capture;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Change capture as a process of its own, so that a test can kill it the way an operating
 * system does: no graceful stop, no flushed offsets, sockets cut.
 */
final class CaptureProcess {

	/** Whatever a failed test leaves running goes down with the test JVM. */
	private static final List<Process> started = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroyForcibly)));
	}

	private final Process process;

	private final int port;

	private CaptureProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static CaptureProcess start(List<String> arguments, Path log) {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						ChangeCaptureApplication.class.getName(), "--server.port=" + port));
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			started.add(process);
			return new CaptureProcess(process, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not start change capture with " + String.join(File.pathSeparator, command.subList(0, 4)),
					ex);
		}
	}

	/** Waits until both paths report UP, as a load balancer's readiness check would. */
	CaptureProcess awaitHealthy() {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			assertThat(this.process.isAlive()).as("change capture process alive").isTrue();
			return http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"status\":\"UP\"");
		});
		return this;
	}

	/** Kills the process with SIGKILL and waits until it is gone. */
	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
