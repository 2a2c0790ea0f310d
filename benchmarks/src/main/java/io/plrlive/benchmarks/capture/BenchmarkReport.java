package io.plrlive.benchmarks.capture;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.plrlive.benchmarks.report.Figures;
import io.plrlive.benchmarks.report.MachineDescription;

/**
 * Writes one run as the Markdown section of docs/benchmarks.md that the program owns:
 * command, machine, server settings, a table per {@code wal_writer_delay}, the
 * sustained-rate search, the ratios and the targets.
 */
final class BenchmarkReport {

	static final String COMMAND = "./mvnw -q -pl benchmarks compile exec:exec";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	private final BenchmarkRun run;

	BenchmarkReport(BenchmarkRun run) {
		this.run = run;
	}

	static String command(BenchmarkOptions options) {
		String args = options.commandLine();
		return args.isEmpty() ? COMMAND : COMMAND + " -Dbenchmark.args=\"" + args + "\"";
	}

	String render() {
		TargetComparison targets = new TargetComparison(this.run);
		StringBuilder section = new StringBuilder();
		section.append("Latest run, ").append(WHEN.format(this.run.started())).append(":\n\n");
		section.append("```sh\n").append(command(this.run.options())).append("\n```\n\n");
		section.append(conditions()).append('\n');
		section.append(machine()).append('\n');
		section.append(settings()).append('\n');
		section.append(ceiling()).append('\n');
		for (WalWriterDelay delay : WalWriterDelay.values()) {
			List<StepResult> results = this.run.configurations()
				.stream()
				.filter((configuration) -> configuration.delay() == delay)
				.flatMap((configuration) -> configuration.rates().stream())
				.toList();
			if (!results.isEmpty()) {
				section.append("#### ").append(delay.label()).append("\n\n").append(ResultTables.markdown(results));
				section.append('\n');
			}
		}
		section.append(search());
		section.append(drains());
		section.append("#### Ratios\n\nCDC against NOTIFY at the same offered rate:\n\n")
			.append(targets.pathRatios())
			.append("\nPostgreSQL's default `wal_writer_delay` (200 ms) against the tuned one (10 ms):\n\n")
			.append(targets.delayRatios())
			.append('\n');
		section.append("#### Against the targets\n\n").append(targets.targets());
		return section.toString();
	}

	private String drains() {
		List<ConfigurationResult> drained = this.run.configurations()
			.stream()
			.filter((configuration) -> configuration.drain().isPresent())
			.toList();
		if (drained.isEmpty()) {
			return "";
		}
		StringBuilder table = new StringBuilder("#### Backlog drained by the CDC path\n\n"
				+ "change-capture stopped, the backlog written by " + drained.get(0).drain().orElseThrow().writers()
				+ " connections back to back, change-capture started again. The drain rate counts from the "
				+ "first arrival to the last, while the database is idle; it is what capture, the broker and the "
				+ "reader reach on their own.\n\n"
				+ "| setting | changes | written in s | written/s | restart to last arrival, s | "
				+ "first to last arrival, s | drained/s |\n|---|--:|--:|--:|--:|--:|--:|\n");
		for (ConfigurationResult configuration : drained) {
			BacklogDrain drain = configuration.drain().orElseThrow();
			table.append("| ")
				.append(configuration.delay().label())
				.append(" | ")
				.append(Figures.rate(drain.changes()))
				.append(" | ")
				.append(Figures.seconds(drain.written()))
				.append(" | ")
				.append(Figures.rate(drain.writtenRate()))
				.append(" | ")
				.append(Figures.seconds(drain.restartToLastArrival()))
				.append(" | ")
				.append(Figures.seconds(drain.firstToLastArrival()))
				.append(" | ")
				.append(Figures.rate(drain.drainedRate()))
				.append(" |\n");
		}
		return table.append('\n').toString();
	}

	private String conditions() {
		BenchmarkOptions options = this.run.options();
		long minutes = this.run.wallTime().toMinutes();
		return "Wall time " + minutes + " min " + (this.run.wallTime().toSecondsPart()) + " s"
				+ (options.quick() ? " (quick mode)" : "") + ". Load average (1, 5, 15 min) before the run: "
				+ this.run.loadBefore() + "; after: " + this.run.loadAfter()
				+ ". Each freshly started system first runs " + options.startWarmup().toSeconds()
				+ " s of unmeasured load at " + Figures.rate(CapturePipeline.WARMUP_RATE)
				+ " changes/s. Each fixed rate: " + options.warmup().toSeconds() + " s warm-up, then "
				+ options.window().toSeconds() + " s measured; each search step: " + options.searchWarmup().toSeconds()
				+ " s + " + options.searchWindow().toSeconds() + " s. " + Figures.rate(options.students())
				+ " participants in one open session; the writers' sessions use `synchronous_commit = "
				+ (options.synchronousCommit() ? "on" : "off") + "`.\n";
	}

	private String machine() {
		MachineDescription machine = this.run.machine();
		return "| machine | |\n|---|---|\n| processors | " + machine.processors() + " |\n| memory | " + machine.memory()
				+ " |\n| CPU | " + machine.cpuModel() + " |\n| Java | " + machine.java() + " |\n| OS | " + machine.os()
				+ " |\n";
	}

	private String settings() {
		Map<String, Map<WalWriterDelay, String>> settings = new TreeMap<>();
		for (ConfigurationResult configuration : this.run.configurations()) {
			configuration.serverSettings()
				.forEach((name, value) -> settings.computeIfAbsent(name, (key) -> new TreeMap<>())
					.put(configuration.delay(), value));
		}
		StringBuilder table = new StringBuilder("| PostgreSQL setting | default run | tuned run |\n|---|---|---|\n");
		settings.forEach((name, values) -> table.append("| `")
			.append(name)
			.append("` | ")
			.append(values.getOrDefault(WalWriterDelay.DEFAULT, "–"))
			.append(" | ")
			.append(values.getOrDefault(WalWriterDelay.TUNED, "–"))
			.append(" |\n"));
		return table.toString();
	}

	private String ceiling() {
		StringBuilder section = new StringBuilder("#### The database alone\n\n")
			.append("One connection writing the same changes back to back (closed loop, `synchronous_commit = off`), ")
			.append("nothing capturing, `wal_writer_delay = 10ms` and `track_functions = all` (which adds a little ")
			.append("overhead of its own):\n\n| state | changes/s | ms per change |\n|---|--:|--:|\n");
		this.run.ceiling()
			.rates()
			.forEach((state, rate) -> section.append("| ")
				.append(state)
				.append(" | ")
				.append(Figures.rate(rate))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.3f", 1000 / rate))
				.append(" |\n"));
		section.append("\nWhere a change's database time goes with the session open (`pg_stat_user_functions`):\n\n");
		this.run.ceiling().functions().forEach((line) -> section.append("- ").append(line).append('\n'));
		return section.toString();
	}

	private String search() {
		List<ConfigurationResult> searched = this.run.configurations()
			.stream()
			.filter((configuration) -> !configuration.search().isEmpty())
			.toList();
		if (searched.isEmpty()) {
			return "";
		}
		StringBuilder section = new StringBuilder("#### Highest sustained rate\n\n")
			.append("A rate is held when at least 95% of it is committed and delivered, nothing is lost and p99 ")
			.append("stays at most 1 s; the ladder stops at the first rate not held.\n\n");
		section.append(ResultTables
			.markdown(searched.stream().flatMap((configuration) -> configuration.search().stream()).toList()));
		section.append('\n');
		for (ConfigurationResult configuration : searched) {
			section.append("- ")
				.append(configuration.path().label())
				.append(", ")
				.append(configuration.delay().label())
				.append(": ")
				.append(configuration.highestSustained().stream().mapToObj(Figures::rate).findFirst().orElse("none"))
				.append(configuration.searchNeverFailed() ? " or more" : "")
				.append(" changes/s\n");
		}
		return section.append('\n').toString();
	}

}
