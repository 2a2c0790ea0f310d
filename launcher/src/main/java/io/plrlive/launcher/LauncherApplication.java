package io.plrlive.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PLR Live on this machine with nothing installed but Java: {@code java -jar
 * plr-live.jar}, then open http://localhost:8080. Data is kept in {@code ./.plr-data};
 * {@code --fresh} deletes it first; {@code --no-simulation} leaves the demo students
 * idle; {@code --web-ui-port=9080} and the like move an app; {@code --demo-courses},
 * {@code --demo-students} and {@code --demo-activity} scale the demo
 * ({@link LaunchOptions}).
 */
public final class LauncherApplication {

	private static final Logger log = LoggerFactory.getLogger(LauncherApplication.class);

	private static final Path DATA_DIRECTORY = Path.of(".plr-data");

	private LauncherApplication() {
	}

	/**
	 * Starts everything and returns; the apps' server threads keep the JVM running until
	 * Ctrl-C, which stops everything in order.
	 * @param args {@code --fresh} to start from an empty database,
	 * {@code --no-simulation} to leave the demo students idle
	 */
	public static void main(String[] args) {
		LaunchOptions options;
		try {
			options = LaunchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			log.error("{}; the arguments are {}", ex.getMessage(), LaunchOptions.USAGE);
			System.exit(2);
			return;
		}

		if (options.fresh()) {
			deleteRecursively(DATA_DIRECTORY);
		}
		Launcher launcher = new Launcher(DATA_DIRECTORY.toAbsolutePath(), options.ports(), options.demo());
		Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "plr-launcher-shutdown"));
		try {
			launcher.start();
		}
		catch (LocalPorts.PortInUseException ex) {
			log.error(ex.getMessage());
			System.exit(1);
		}
		catch (RuntimeException ex) {
			log.error("PLR Live did not start", ex);
			System.exit(1);
		}
		log.info("PLR Live is running: open {}", launcher.url(Service.WEB_UI));
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(LauncherApplication::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + directory.toAbsolutePath(), ex);
		}
		log.info("Deleted {} for a fresh start", directory.toAbsolutePath());
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + path.toAbsolutePath(), ex);
		}
	}

}
