package io.plrlive.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.service.StreamTokenSigner;
import io.plrlive.contracts.Topics;
import io.plrlive.contracts.stream.StreamEvents;
import io.plrlive.testing.InProcessKafkaBroker;

/**
 * One run on a fresh broker: the gateway's memory with no stream and with many idle ones,
 * then board updates at a fixed rate to its subscribers, then the same updates to as many
 * nchan subscribers through a relay from the same topic.
 */
final class GatewayMeasurement {

	/** Partitions of each topic, as a small production deployment would have. */
	static final int PARTITIONS = 4;

	/** The client's event-loop threads, one per core of the machine it was made for. */
	static final int CLIENT_EVENT_LOOPS = 2;

	/** Streams opened and closed before the first memory measurement. */
	private static final int WARM_UP_STREAMS = 500;

	/** Open files the gateway keeps for itself (jars, Kafka, epoll). */
	private static final int GATEWAY_FILE_RESERVE = 300;

	/** Open files this JVM keeps for itself (the broker, its clients, nchan's relay). */
	private static final int CLIENT_FILE_RESERVE = 500;

	private static final Duration OPEN_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration LATE = Duration.ofSeconds(10);

	private static final Duration SETTLE = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(GatewayMeasurement.class);

	private final GatewayOptions options;

	private final StreamTokenSigner tokens = new StreamTokenSigner();

	private IdleMemoryResult idle;

	private DeliveryResult gatewayDelivery;

	private NchanResult nchan;

	GatewayMeasurement(GatewayOptions options) {
		this.options = options;
	}

	IdleMemoryResult idle() {
		return this.idle;
	}

	DeliveryResult gatewayDelivery() {
		return this.gatewayDelivery;
	}

	NchanResult nchan() {
		return this.nchan;
	}

	void run() {
		try (InProcessKafkaBroker broker = InProcessKafkaBroker.start()) {
			broker.createTopics(Topics.ALL, PARTITIONS);
			try (BoardUpdates updates = new BoardUpdates(broker.bootstrapServers(), this.options.courseInstances(),
					this.options.boardEntries()); SseConnections connections = new SseConnections(CLIENT_EVENT_LOOPS)) {
				updates.publishEveryBoard();
				measureGateway(broker.bootstrapServers(), updates, connections);
				this.nchan = this.options.nchan() ? measureNchan(broker.bootstrapServers(), updates, connections)
						: NchanResult.notMeasured("skipped (--no-nchan)");
			}
		}
	}

	private void measureGateway(String bootstrapServers, BoardUpdates updates, SseConnections connections) {
		Path logFile = temporaryFile("plr-gateway-benchmark", ".log");
		try (GatewayProcess gateway = GatewayProcess.start(bootstrapServers, logFile);
				BoardStreams streams = new BoardStreams(connections, "sse-gateway", this.options.courseInstances(),
						"event: " + StreamEvents.BOARD + "\n")) {
			int connectionsPossible = connectionsPossible(gateway);
			int idleConnections = Math.min(this.options.idleConnections(), connectionsPossible);
			String limitedBy = (idleConnections < this.options.idleConnections())
					? "open-file limits (gateway " + gateway.openFileLimit() + ", benchmark JVM "
							+ ProcessStatus.openFileLimit(ProcessHandle.current().pid()) + ")"
					: null;
			if (limitedBy != null) {
				log.warn("Opening {} idle streams instead of {}: {}", idleConnections, this.options.idleConnections(),
						limitedBy);
			}

			streams.openUntil(Math.min(WARM_UP_STREAMS, idleConnections), gateway::streamUri, this::token,
					OPEN_TIMEOUT);
			streams.keep(0);
			pause(SETTLE);
			HeapAndResident before = gateway.memoryAfterFullGc();
			log.info("sse-gateway with no stream: heap {} MiB, RSS {} MiB", mebibytes(before.heapUsedBytes()),
					mebibytes(before.residentBytes()));
			long openStart = System.nanoTime();
			streams.openUntil(idleConnections, gateway::streamUri, this::token, OPEN_TIMEOUT);
			double openSeconds = (System.nanoTime() - openStart) / 1e9;
			pause(SETTLE);
			HeapAndResident after = gateway.memoryAfterFullGc();
			this.idle = new IdleMemoryResult(this.options.idleConnections(), idleConnections, limitedBy, openSeconds,
					before, after);
			log.info("sse-gateway with {} idle streams (opened in {} s): heap {} MiB, RSS {} MiB; {} B and {} B each",
					idleConnections, String.format("%.1f", openSeconds), mebibytes(after.heapUsedBytes()),
					mebibytes(after.residentBytes()), Math.round(this.idle.heapBytesPerConnection()),
					Math.round(this.idle.residentBytesPerConnection()));

			streams.keep(this.options.subscribers());
			if (streams.size() < this.options.subscribers()) {
				streams.openUntil(this.options.subscribers(), gateway::streamUri, this::token, OPEN_TIMEOUT);
			}
			pause(SETTLE);
			this.gatewayDelivery = measureDelivery("sse-gateway", gateway.pid(), streams, updates);
		}
	}

	private NchanResult measureNchan(String bootstrapServers, BoardUpdates updates, SseConnections connections) {
		Optional<String> unavailable = NchanServer.unavailable();
		if (unavailable.isPresent()) {
			log.warn("nchan not measured: {}", unavailable.get());
			return NchanResult.notMeasured(unavailable.get());
		}
		try (NchanServer server = NchanServer.start(this.options.subscribers() + this.options.courseInstances() + 1000);
				NchanRelay relay = NchanRelay.start(bootstrapServers, server);
				BoardStreams streams = new BoardStreams(connections, "nchan", this.options.courseInstances(),
						"data: ")) {
			// Every channel first gets its board's current snapshot, as the gateway's
			// cache has it.
			updates.publishEveryBoard();
			awaitRelayed(relay, this.options.courseInstances());
			long memoryBefore = ProcessStatus.proportionalBytesWithDescendants(server.pid());
			streams.openUntil(this.options.subscribers(), server::subscriberUri, (index) -> null, OPEN_TIMEOUT);
			pause(SETTLE);
			NchanMemory memory = new NchanMemory(streams.size(), memoryBefore,
					ProcessStatus.proportionalBytesWithDescendants(server.pid()));
			log.info("nchan with {} subscribers: {} B each", streams.size(), Math.round(memory.bytesPerConnection()));
			DeliveryResult delivery = measureDelivery("nchan", server.pid(), streams, updates);
			if (relay.failed() > 0) {
				log.warn("nchan refused {} of the relay's POSTs", relay.failed());
			}
			return NchanResult.measured(delivery, memory, NchanServer.version());
		}
		catch (RuntimeException ex) {
			log.warn("nchan not measured: {}", ex.toString(), ex);
			return NchanResult.notMeasured("it failed: " + ex.getMessage());
		}
	}

	private DeliveryResult measureDelivery(String server, long serverPid, BoardStreams streams, BoardUpdates updates) {
		Deliveries deliveries = new Deliveries(streams.perCourseInstance());
		int endedBefore = streams.ended();
		streams.measure(deliveries);
		log.info("{}: {} board updates/s to {} subscribers, {} s warm-up and {} s measured", server,
				this.options.updateRate(), streams.size(), this.options.warmUp().toSeconds(),
				this.options.window().toSeconds());
		long self = ProcessHandle.current().pid();
		double serverCpuBefore = ProcessStatus.cpuSeconds(serverPid);
		double clientCpuBefore = ProcessStatus.cpuSeconds(self);
		long start = System.nanoTime();
		updates.offer(this.options.updateRate(), this.options.warmUp(), this.options.window(), deliveries);
		deliveries.awaitAll(LATE);
		double seconds = (System.nanoTime() - start) / 1e9;
		double serverCpu = (ProcessStatus.cpuSeconds(serverPid) - serverCpuBefore) / seconds;
		double clientCpu = (ProcessStatus.cpuSeconds(self) - clientCpuBefore) / seconds;
		streams.measure(null);
		DeliveryResult result = deliveries.result(server, this.options.updateRate(), streams.size(),
				this.options.window(), streams.ended() - endedBefore, serverCpu, clientCpu);
		log.info(
				"{}: {} events/s delivered, p50 {} ms, p99 {} ms, {} of {} arrivals missed; CPU {}% server, {}% "
						+ "this JVM",
				server, Math.round(result.deliveredPerSecond()), result.percentileMillis(50),
				result.percentileMillis(99), result.missed(), result.expected(), Math.round(serverCpu * 100),
				Math.round(clientCpu * 100));
		return result;
	}

	private String token(int index) {
		long courseInstanceId = 1 + index % this.options.courseInstances();
		return this.tokens.student("viewer-" + index, courseInstanceId);
	}

	/**
	 * The idle streams that both ends' open-file limits leave room for, in thousands.
	 */
	private int connectionsPossible(GatewayProcess gateway) {
		long self = ProcessHandle.current().pid();
		long gatewayRoom = gateway.openFileLimit() - gateway.openFiles() - GATEWAY_FILE_RESERVE;
		long clientRoom = ProcessStatus.openFileLimit(self) - ProcessStatus.openFiles(self) - CLIENT_FILE_RESERVE;
		long room = Math.min(Math.min(gatewayRoom, clientRoom), Integer.MAX_VALUE);
		int rounds = (int) room / 1000;
		return Math.max(rounds * 1000, this.options.courseInstances());
	}

	private static void pause(Duration duration) {
		LockSupport.parkNanos(duration.toNanos());
	}

	private static void awaitRelayed(NchanRelay relay, long count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (relay.posted() < count && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(20));
		}
		if (relay.posted() < count) {
			throw new IllegalStateException("The relay POSTed only " + relay.posted() + " of " + count
					+ " snapshots to nchan within 30 s (" + relay.failed() + " refused)");
		}
	}

	private static String mebibytes(long bytes) {
		return String.format("%.1f", bytes / (1024.0 * 1024.0));
	}

	private static Path temporaryFile(String prefix, String suffix) {
		try {
			return Files.createTempFile(prefix, suffix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
