package io.plrlive.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.service.HealthCheck;
import io.plrlive.benchmarks.service.StreamTokenSigner;
import io.plrlive.gateway.SseGatewayApplication;

/**
 * The SSE gateway as a process of its own, from this JVM's class path and its own
 * configuration file, with a fixed heap that is touched in full at start, so that heap
 * and resident memory change only with what the gateway holds. It is started through
 * {@code bash} to raise its open-file limit as far as the hard limit allows; {@code jcmd}
 * runs its garbage collector and reads its heap.
 */
final class GatewayProcess implements AutoCloseable {

	/** The gateway's heap, minimum and maximum. */
	static final String HEAP = "1g";

	private static final Logger log = LoggerFactory.getLogger(GatewayProcess.class);

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

	private final Process process;

	private final int port;

	private final Path logFile;

	private GatewayProcess(Process process, int port, Path logFile) {
		this.process = process;
		this.port = port;
		this.logFile = logFile;
	}

	/**
	 * Starts the gateway and returns once it is ready, that is once its board cache has
	 * caught up with the topics.
	 * @param bootstrapServers the broker
	 * @param logFile where its output goes
	 * @return the running gateway
	 */
	static GatewayProcess start(String bootstrapServers, Path logFile) {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of("bash", "-c", "ulimit -n 65536 2>/dev/null || ulimit -n \"$(ulimit -Hn)\"; exec \"$0\" \"$@\"",
						Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms" + HEAP,
						"-Xmx" + HEAP, "-XX:+UseG1GC", "-XX:+AlwaysPreTouch", "-cp",
						System.getProperty("java.class.path"), SseGatewayApplication.class.getName(),
						"--server.port=" + port, "--spring.kafka.bootstrap-servers=" + bootstrapServers,
						"--gateway.stream-token.secret=" + StreamTokenSigner.SECRET, "--logging.level.root=WARN",
						"--logging.level.io.plrlive=INFO"));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
				.start();
			GatewayProcess gateway = new GatewayProcess(process, port, logFile);
			try {
				HealthCheck.awaitUp(URI.create(gateway.baseUri() + "/actuator/health/readiness"), "sse-gateway",
						Duration.ofSeconds(120), process::isAlive);
			}
			catch (RuntimeException ex) {
				gateway.close();
				throw new IllegalStateException(ex.getMessage() + " (its output: " + logFile + ")", ex);
			}
			log.info("sse-gateway is ready at {} (process {}, open-file limit {})", gateway.baseUri(), process.pid(),
					gateway.openFileLimit());
			return gateway;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the gateway", ex);
		}
	}

	/**
	 * The server's process id; its workers, if any, are its descendants.
	 * @return the pid
	 */
	long pid() {
		return this.process.pid();
	}

	String baseUri() {
		return "http://127.0.0.1:" + this.port;
	}

	URI streamUri(long courseInstanceId) {
		return URI.create(baseUri() + "/course-instances/" + courseInstanceId + "/stream");
	}

	long openFileLimit() {
		return ProcessStatus.openFileLimit(this.process.pid());
	}

	long openFiles() {
		return ProcessStatus.openFiles(this.process.pid());
	}

	/**
	 * Runs a full garbage collection, then reads the heap in use and the resident memory.
	 * @return the memory
	 */
	HeapAndResident memoryAfterFullGc() {
		jcmd("GC.run");
		jcmd("GC.run");
		String heapInfo = jcmd("GC.heap_info");
		Matcher used = HEAP_USED.matcher(heapInfo);
		if (!used.find()) {
			throw new IllegalStateException("No heap figure in jcmd GC.heap_info: " + heapInfo);
		}
		return new HeapAndResident(Long.parseLong(used.group(1)) * 1024,
				ProcessStatus.residentBytes(this.process.pid()));
	}

	private String jcmd(String command) {
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					Long.toString(this.process.pid()), command)
				.redirectErrorStream(true)
				.start();
			String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
				throw new IllegalStateException("jcmd " + command + " failed: " + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run jcmd", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running jcmd " + command, ex);
		}
	}

	/** Stops the gateway (SIGTERM, its graceful shutdown), and kills it after 30 s. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				log.warn("sse-gateway did not stop within 30 s; killing it (its output: {})", this.logFile);
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
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
