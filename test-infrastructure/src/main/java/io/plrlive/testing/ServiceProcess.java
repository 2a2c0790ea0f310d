package io.plrlive.testing;

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

import static org.awaitility.Awaitility.await;

/**
 * A PLR Live service as a process of its own, started from the test's class path, so that
 * a test can kill it the way an operating system does: no graceful stop, nothing flushed,
 * sockets cut.
 */
public final class ServiceProcess {

	/** Whatever a failed test leaves running goes down with the test JVM. */
	private static final List<Process> started = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroyForcibly)));
	}

	private final Process process;

	private final int port;

	private ServiceProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts a service on a free HTTP port.
	 * @param mainClass the service's main class
	 * @param arguments its command-line arguments
	 * @param log the file its output is appended to
	 * @return the running process
	 */
	public static ServiceProcess start(Class<?> mainClass, List<String> arguments, Path log) {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass.getName(),
						"--server.port=" + port));
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			started.add(process);
			return new ServiceProcess(process, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + mainClass.getSimpleName() + " as a process", ex);
		}
	}

	/**
	 * Waits until the service reports UP, as a load balancer's readiness check would.
	 * @return this process
	 */
	public ServiceProcess awaitHealthy() {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service process exited with " + this.process.exitValue());
			}
			return http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"status\":\"UP\"");
		});
		return this;
	}

	/**
	 * Whether the process still runs.
	 * @return whether it is alive
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Kills the process with SIGKILL and waits until it is gone. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	/** Asks the process to stop (SIGTERM), and kills it if it has not within 30 s. */
	public void stop() {
		this.process.destroy();
		if (!waitForExit()) {
			kill();
		}
	}

	private boolean waitForExit() {
		try {
			return this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
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
