package io.plrlive.benchmarks.scale;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

import io.plrlive.benchmarks.gateway.HeapAndResident;

/**
 * A point's result as the JVM that measured it hands it to the one that reports: a
 * properties file, the latency histogram in HdrHistogram's compressed encoding (Base64).
 */
final class PointResultFile {

	private PointResultFile() {
	}

	static void write(Path file, PointResult result) {
		Properties properties = new Properties();
		shape(properties, "requested", result.requested());
		shape(properties, "measured", result.measured());
		properties.setProperty("setup.millis", Long.toString(result.setup().toMillis()));
		result.failure().ifPresent((failure) -> properties.setProperty("failure", failure));
		result.figures().ifPresent((figures) -> {
			properties.setProperty("committed.per.second", Double.toString(figures.committedPerSecond()));
			properties.setProperty("latencies", encode(figures.latencies()));
			properties.setProperty("deliveries.per.second", Double.toString(figures.deliveriesPerSecond()));
			properties.setProperty("undelivered", Long.toString(figures.undelivered()));
			properties.setProperty("streams.ended", Integer.toString(figures.streamsEnded()));
			properties.setProperty("cores.jvm", Double.toString(figures.processors().jvmCores()));
			properties.setProperty("cores.postgres", Double.toString(figures.processors().postgresCores()));
			properties.setProperty("cores.machine", Double.toString(figures.processors().machineCores()));
			properties.setProperty("heap.used.bytes", Long.toString(figures.memory().jvm().heapUsedBytes()));
			properties.setProperty("jvm.resident.bytes", Long.toString(figures.memory().jvm().residentBytes()));
			properties.setProperty("postgres.bytes", Long.toString(figures.memory().postgresBytes()));
		});
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(out, "One point of ScaleCurveBenchmark");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	static PointResult read(Path file) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
		ScaleShape requested = shape(properties, "requested");
		ScaleShape measured = shape(properties, "measured");
		Duration setup = Duration.ofMillis(Long.parseLong(properties.getProperty("setup.millis")));
		Optional<String> failure = Optional.ofNullable(properties.getProperty("failure"));
		if (failure.isPresent()) {
			return PointResult.failed(requested, measured, setup, failure.get());
		}
		PointFigures figures = new PointFigures(number(properties, "committed.per.second"),
				decode(properties.getProperty("latencies")), number(properties, "deliveries.per.second"),
				Long.parseLong(properties.getProperty("undelivered")),
				Integer.parseInt(properties.getProperty("streams.ended")),
				new ProcessorUse(number(properties, "cores.jvm"), number(properties, "cores.postgres"),
						number(properties, "cores.machine")),
				new MemoryUse(
						new HeapAndResident(Long.parseLong(properties.getProperty("heap.used.bytes")),
								Long.parseLong(properties.getProperty("jvm.resident.bytes"))),
						Long.parseLong(properties.getProperty("postgres.bytes"))));
		return PointResult.measured(requested, measured, setup, figures);
	}

	private static void shape(Properties properties, String prefix, ScaleShape shape) {
		properties.setProperty(prefix + ".courses", Integer.toString(shape.courseInstances()));
		properties.setProperty(prefix + ".students", Integer.toString(shape.students()));
		properties.setProperty(prefix + ".subscribers", Integer.toString(shape.subscribers()));
	}

	private static ScaleShape shape(Properties properties, String prefix) {
		return new ScaleShape(Integer.parseInt(properties.getProperty(prefix + ".courses")),
				Integer.parseInt(properties.getProperty(prefix + ".students")),
				Integer.parseInt(properties.getProperty(prefix + ".subscribers")));
	}

	private static double number(Properties properties, String key) {
		return Double.parseDouble(properties.getProperty(key));
	}

	private static String encode(Histogram histogram) {
		ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
		int length = histogram.encodeIntoCompressedByteBuffer(buffer);
		return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
	}

	private static Histogram decode(String base64) {
		try {
			return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException("A point's latency histogram could not be decoded", ex);
		}
	}

}
