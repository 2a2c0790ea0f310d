package io.plrlive.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ports the four apps answer on in the local run: the ports of their configuration
 * files unless the command line names others ({@code --web-ui-port=9080}), or free ports
 * chosen at start (tests).
 */
final class LocalPorts {

	private static final Map<Service, Integer> CONFIGURED = Map.of(Service.WEB_UI, 8080, Service.SSE_GATEWAY, 8081,
			Service.CHANGE_CAPTURE, 8082, Service.SCORE_AGGREGATOR, 8083);

	private final Map<Service, Integer> ports;

	private LocalPorts(Map<Service, Integer> ports) {
		this.ports = ports;
	}

	/**
	 * The configuration files' ports.
	 * @return 8080 to 8083
	 */
	static LocalPorts configured() {
		return new LocalPorts(new EnumMap<>(CONFIGURED));
	}

	/**
	 * Free ports, chosen now.
	 * @return the ports
	 */
	static LocalPorts free() {
		Map<Service, Integer> ports = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			ports.put(service, freePort());
		}
		return new LocalPorts(ports);
	}

	/**
	 * Another port for one app.
	 * @param service the app
	 * @param port its port
	 * @return these ports with that one changed
	 */
	LocalPorts with(Service service, int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(option(service) + " must be a port from 1 to 65535, not " + port);
		}
		Map<Service, Integer> changed = new EnumMap<>(this.ports);
		changed.put(service, port);
		return new LocalPorts(changed);
	}

	/**
	 * The port of an app.
	 * @param service the app
	 * @return its port
	 */
	int of(Service service) {
		return this.ports.get(service);
	}

	/**
	 * Checks that every port is free, before anything starts.
	 * @throws PortInUseException naming the first port in use and the option that changes
	 * it
	 */
	void requireFree() {
		for (Service service : Service.values()) {
			int port = of(service);
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress(port));
			}
			catch (IOException ex) {
				throw new PortInUseException(
						"Port " + port + " for " + service.configName()
								+ " is in use: stop what holds it, or start with " + option(service) + "=<a free port>",
						ex);
			}
		}
	}

	/**
	 * The command-line option that sets an app's port.
	 * @param service the app
	 * @return e.g. {@code --web-ui-port}
	 */
	static String option(Service service) {
		return "--" + service.configName() + "-port";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

	/**
	 * A port the local run needs is taken.
	 */
	static final class PortInUseException extends IllegalStateException {

		PortInUseException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
