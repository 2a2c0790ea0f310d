package io.plrlive.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * nginx with the nchan module, the reference push server: in the foreground, from a
 * directory of its own with its own configuration, on a free loopback port. Channel
 * {@code c} is course instance {@code c}: subscribers read {@code /sub/c} as server-sent
 * events, the relay POSTs each snapshot to {@code /pub/c}, and the channel keeps only the
 * newest, which a new subscriber receives first.
 */
final class NchanServer implements AutoCloseable {

	/** Where Debian's {@code libnginx-mod-nchan} puts the module. */
	static final Path MODULE = Path.of("/usr/lib/nginx/modules/ngx_nchan_module.so");

	private static final List<Path> NGINX = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"));

	private static final Logger log = LoggerFactory.getLogger(NchanServer.class);

	private static final String CONFIG = """
			load_module %1$s;
			worker_processes auto;
			worker_rlimit_nofile %4$d;
			daemon off;
			pid %2$s/nginx.pid;
			error_log %2$s/error.log warn;
			events {
			    worker_connections %4$d;
			}
			http {
			    access_log off;
			    client_body_temp_path %2$s/body;
			    client_max_body_size 1m;
			    client_body_buffer_size 256k;
			    server {
			        listen 127.0.0.1:%3$d;
			        location ~ ^/sub/(\\d+)$ {
			            nchan_subscriber eventsource;
			            nchan_channel_id $1;
			        }
			        location ~ ^/pub/(\\d+)$ {
			            nchan_publisher;
			            nchan_channel_id $1;
			            nchan_message_buffer_length 1;
			            nchan_message_timeout 1h;
			        }
			    }
			}
			""";

	private final Process process;

	private final Path directory;

	private final int port;

	private NchanServer(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/**
	 * Why nchan cannot run here.
	 * @return the reason, or empty when nginx and the module are installed
	 */
	static Optional<String> unavailable() {
		if (nginx().isEmpty()) {
			return Optional.of("nginx is not installed (apt-get install -y nginx-light libnginx-mod-nchan)");
		}
		if (!Files.isReadable(MODULE)) {
			return Optional
				.of("the nchan module is not installed at " + MODULE + " (apt-get install -y " + "libnginx-mod-nchan)");
		}
		return Optional.empty();
	}

	/**
	 * Starts nginx and returns once it accepts connections.
	 * @param connections the most connections each worker takes
	 * @return the running server
	 */
	static NchanServer start(int connections) {
		try {
			Path directory = Files.createTempDirectory("plr-gateway-benchmark-nchan");
			int port = freePort();
			Path config = directory.resolve("nginx.conf");
			Files.writeString(config, String.format(CONFIG, MODULE, directory, port, connections));
			Process process = new ProcessBuilder(nginx().orElseThrow().toString(), "-p", directory.toString(), "-c",
					config.toString(), "-e", directory.resolve("error.log").toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("output.log").toFile()))
				.start();
			NchanServer server = new NchanServer(process, directory, port);
			server.awaitListening(Duration.ofSeconds(20));
			log.info("nchan is listening at {} (nginx {}, files in {})", server.baseUri(), version(), directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start nginx", ex);
		}
	}

	/**
	 * The installed nginx's version line.
	 * @return e.g. {@code nginx/1.22.1}
	 */
	static String version() {
		try {
			Process process = new ProcessBuilder(nginx().orElseThrow().toString(), "-v").redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			process.waitFor(10, TimeUnit.SECONDS);
			return output.replace("nginx version: ", "");
		}
		catch (IOException ex) {
			return "unknown version";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown version";
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

	URI subscriberUri(long courseInstanceId) {
		return URI.create(baseUri() + "/sub/" + courseInstanceId);
	}

	URI publisherUri(long courseInstanceId) {
		return URI.create(baseUri() + "/pub/" + courseInstanceId);
	}

	private void awaitListening(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx exited with " + this.process.exitValue() + "; see "
						+ this.directory.resolve("error.log") + " and " + this.directory.resolve("output.log"));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
				return;
			}
			catch (IOException ex) {
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}
		close();
		throw new IllegalStateException("nginx did not listen on port " + this.port + " within " + timeout.toSeconds()
				+ " s; see " + this.directory.resolve("error.log"));
	}

	/** Stops nginx (SIGTERM, its fast shutdown) and its workers. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static Optional<Path> nginx() {
		return NGINX.stream().filter(Files::isExecutable).findFirst();
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
