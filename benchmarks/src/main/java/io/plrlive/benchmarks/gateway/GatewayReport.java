package io.plrlive.benchmarks.gateway;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;

/**
 * The results of one run as Markdown: the machine, the command, the memory table, the
 * delivery table with the gateway beside nchan, and each target met or missed.
 */
final class GatewayReport {

	static final double HEAP_PER_CONNECTION_TARGET_KIB = 8;

	static final double P99_TARGET_MILLIS = 100;

	private final GatewayOptions options;

	private final ZonedDateTime started;

	private final MachineDescription machine;

	private final String loadBefore;

	private final String loadAfter;

	private final GatewayMeasurement measurement;

	GatewayReport(GatewayOptions options, ZonedDateTime started, MachineDescription machine, String loadBefore,
			String loadAfter, GatewayMeasurement measurement) {
		this.options = options;
		this.started = started;
		this.machine = machine;
		this.loadBefore = loadBefore;
		this.loadAfter = loadAfter;
		this.measurement = measurement;
	}

	String render() {
		IdleMemoryResult idle = this.measurement.idle();
		DeliveryResult gateway = this.measurement.gatewayDelivery();
		NchanResult nchan = this.measurement.nchan();
		StringBuilder text = new StringBuilder();
		text.append("### Latest run\n\n");
		text.append("Run ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.started.withNano(0)));
		text.append(" on ")
			.append(this.machine.summary())
			.append("; load average before: ")
			.append(this.loadBefore)
			.append(", after: ")
			.append(this.loadAfter)
			.append(".\n\n");
		String args = this.options.commandLine();
		text.append("```sh\nulimit -n 65536   # where the hard limit allows it\n"
				+ "./mvnw -q -pl benchmarks compile exec:exec "
				+ "-Dbenchmark.mainClass=io.plrlive.benchmarks.gateway.GatewayBenchmark"
				+ (args.isEmpty() ? "" : " -Dbenchmark.args=\"" + args + "\"") + "\n```\n\n");

		text.append("#### Idle streams\n\n");
		text.append("sse-gateway in its own JVM (`-Xms" + GatewayProcess.HEAP + " -Xmx" + GatewayProcess.HEAP
				+ " -XX:+UseG1GC -XX:+AlwaysPreTouch`), measured after `jcmd GC.run` with no stream open and with ")
			.append(Figures.rate(idle.connections()))
			.append(" streams open, each having received its first board (")
			.append(this.options.courseInstances())
			.append(" course instances, boards of ")
			.append(this.options.boardEntries())
			.append(" entries, one token per viewer).");
		if (idle.limitedBy() != null) {
			text.append(" **")
				.append(Figures.rate(idle.connections()))
				.append(" instead of ")
				.append(Figures.rate(idle.requested()))
				.append("**: ")
				.append(idle.limitedBy())
				.append(", which could not be raised here.");
		}
		text.append("\n\n");
		text.append("| streams | opened in | heap before | heap after | heap per stream | RSS before | RSS after "
				+ "| RSS per stream |\n");
		text.append("|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		text.append("| ")
			.append(Figures.rate(idle.connections()))
			.append(" | ")
			.append(String.format(Locale.ROOT, "%.1f s", idle.openSeconds()))
			.append(" | ")
			.append(mebibytes(idle.before().heapUsedBytes()))
			.append(" | ")
			.append(mebibytes(idle.after().heapUsedBytes()))
			.append(" | ")
			.append(kibibytes(idle.heapBytesPerConnection()))
			.append(" | ")
			.append(mebibytes(idle.before().residentBytes()))
			.append(" | ")
			.append(mebibytes(idle.after().residentBytes()))
			.append(" | ")
			.append(kibibytes(idle.residentBytesPerConnection()))
			.append(" |\n\n");

		text.append("#### Delivery, scores topic to browser\n\n");
		text.append(Figures.rate(gateway.subscribers()))
			.append(" subscribers over ")
			.append(this.options.courseInstances())
			.append(" course instances; ")
			.append(Figures.rate(this.options.updateRate()))
			.append(" board updates/s in all, each a new version of one live board, round-robin; ")
			.append(this.options.warmUp().toSeconds())
			.append(" s warm-up, then ")
			.append(this.options.window().toSeconds())
			.append(" s measured. Latency: receipt minus the snapshot's `generatedAt`, which is also its record's "
					+ "CreateTime (same clock). CPU: processor time over warm-up, window and late arrivals, as a share of "
					+ "one core (nginx: master and workers; the benchmark JVM holds the subscribers, the producer and "
					+ "the broker).\n\n");
		text.append("| server | subscribers | updates/s | delivered events/s | p50 ms | p99 ms | p99.9 ms | max ms "
				+ "| arrivals measured | missed | streams ended | server CPU | benchmark JVM CPU |\n");
		text.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		row(text, "sse-gateway", gateway);
		nchan.delivery().ifPresent((delivery) -> row(text, "nchan (" + nchan.version() + ")", delivery));
		text.append("\n");
		if (nchan.delivery().isPresent()) {
			DeliveryResult reference = nchan.delivery().get();
			text.append("gateway / nchan: p50 ")
				.append(Figures.ratio(gateway.percentileMillis(50), reference.percentileMillis(50)))
				.append(", p99 ")
				.append(Figures.ratio(gateway.percentileMillis(99), reference.percentileMillis(99)))
				.append(", delivered events/s ")
				.append(Figures.ratio(gateway.deliveredPerSecond(), reference.deliveredPerSecond()))
				.append(".\n\n");
			nchan.memory().ifPresent((memory) -> appendMemoryRatio(text, idle, memory));
		}
		else {
			text.append("nchan: **not measured**: ").append(nchan.notMeasured()).append(".\n\n");
		}

		text.append("Targets (2-core machine):\n\n");
		text.append(target("heap per idle stream", idle.heapBytesPerConnection() / 1024, HEAP_PER_CONNECTION_TARGET_KIB,
				false, "KiB"));
		text.append(target(
				"gateway p99 at " + Figures.rate(this.options.updateRate()) + " updates/s to "
						+ Figures.rate(gateway.subscribers()) + " subscribers",
				gateway.percentileMillis(99), P99_TARGET_MILLIS, false, "ms"));
		if (nchan.delivery().isPresent()) {
			text.append(deliveryTarget(gateway, nchan.delivery().get()));
		}
		else {
			text.append("- gateway delivered events/s: ")
				.append(Figures.rate(gateway.deliveredPerSecond()))
				.append(", not compared: nchan was not measured\n");
		}
		return text.toString();
	}

	private static void row(StringBuilder text, String server, DeliveryResult result) {
		text.append("| ")
			.append(server)
			.append(" | ")
			.append(Figures.rate(result.subscribers()))
			.append(" | ")
			.append(Figures.rate(result.updateRate()))
			.append(" | ")
			.append(Figures.rate(result.deliveredPerSecond()))
			.append(" | ")
			.append(Figures.latencyCells(result.latencies()))
			.append(" | ")
			.append(Figures.rate(result.missed()))
			.append(" | ")
			.append(result.streamsEnded())
			.append(" | ")
			.append(percent(result.serverCpu()))
			.append(" | ")
			.append(percent(result.clientCpu()))
			.append(" |\n");
	}

	// Events counted in a fixed window move by a few with the window's edges: a server
	// that
	// The gateway's heap and the resident memory outside it per idle stream, against
	// nginx's per subscriber.
	private static void appendMemoryRatio(StringBuilder text, IdleMemoryResult idle, NchanMemory memory) {
		double gateway = idle.heapBytesPerConnection() + idle.residentBytesPerConnection();
		text.append("Memory per connection: sse-gateway ")
			.append(kibibytes(gateway))
			.append(" (heap and resident memory outside the heap, per idle stream, above); nchan ")
			.append(kibibytes(memory.bytesPerConnection()))
			.append(" (proportional set size of nginx's master and workers, ")
			.append(mebibytes(memory.beforeBytes()))
			.append(" with no subscriber, ")
			.append(mebibytes(memory.afterBytes()))
			.append(" with ")
			.append(Figures.rate(memory.connections()))
			.append(", each having received its first board); gateway / nchan ")
			.append(Figures.ratio(gateway, memory.bytesPerConnection()))
			.append(".\n\n");
	}

	// missed no more arrivals than nchan, and delivered within 0.5 % of its rate, kept up
	// with it.
	private static String deliveryTarget(DeliveryResult gateway, DeliveryResult reference) {
		boolean met = gateway.missed() <= reference.missed()
				&& gateway.deliveredPerSecond() >= reference.deliveredPerSecond() * 0.995;
		String verdict = met ? "met" : "**missed** ("
				+ Figures.ratio(gateway.deliveredPerSecond(), reference.deliveredPerSecond()) + " nchan's rate)";
		return "- gateway delivered events/s, against nchan's: " + Figures.rate(gateway.deliveredPerSecond())
				+ " against " + Figures.rate(reference.deliveredPerSecond()) + " (missed arrivals: "
				+ Figures.rate(gateway.missed()) + " against " + Figures.rate(reference.missed())
				+ "; met when no more are missed and the rate is within 0.5 % of nchan's, the window's edge noise): "
				+ verdict + "\n";
	}

	private static String target(String what, double figure, double target, boolean atLeast, String unit) {
		boolean met = atLeast ? figure >= target : figure <= target;
		String shown = format(figure, unit);
		String wanted = (atLeast ? "≥ " : "≤ ") + format(target, unit) + " " + unit;
		String verdict = met ? "met" : "**missed** (" + Figures.ratio(figure, target) + " the target)";
		return "- " + what + ": " + shown + " " + unit + " against " + wanted + ": " + verdict + "\n";
	}

	private static String format(double figure, String unit) {
		return switch (unit) {
			case "ms" -> Figures.millis(figure);
			case "KiB" -> String.format(Locale.ROOT, "%.2f", figure);
			default -> Figures.rate(figure);
		};
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

	private static String mebibytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
	}

	private static String kibibytes(double bytes) {
		return String.format(Locale.ROOT, "%.2f KiB", bytes / 1024.0);
	}

}
