package io.plrlive.benchmarks.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.benchmarks.report.Figures;

/**
 * One PNG image per curve: three panels over a shared logarithmic x axis (the varied
 * dimension), commit-to-browser latency (p50, p99), cores used (this JVM, PostgreSQL, the
 * whole machine) and memory (heap after a full GC, this JVM's RSS, PostgreSQL's PSS).
 * Points without figures are left out and named under the title.
 */
final class ScaleCharts {

	private static final Logger log = LoggerFactory.getLogger(ScaleCharts.class);

	private static final int WIDTH = 1000;

	private static final int HEIGHT = 1100;

	/** Latencies spread over more than this factor are drawn on a logarithmic axis. */
	private static final double LOG_LATENCY_SPREAD = 20;

	private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);

	private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

	private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

	private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

	private final ScaleOptions options;

	private final Map<ScaleShape, PointResult> results;

	ScaleCharts(ScaleOptions options, Map<ScaleShape, PointResult> results) {
		this.options = options;
		this.results = results;
	}

	/**
	 * Draws every curve that has values into a folder.
	 * @param folder where the images go
	 * @return the images written
	 */
	List<Path> write(Path folder) {
		List<Path> written = new ArrayList<>();
		for (Map.Entry<Curve, List<Integer>> curve : this.options.curves().entrySet()) {
			if (curve.getValue().isEmpty()) {
				continue;
			}
			Path file = folder.resolve(curve.getKey().imageFileName());
			try {
				Files.createDirectories(folder);
				ChartUtils.saveChartAsPNG(file.toFile(), chart(curve.getKey(), curve.getValue()), WIDTH, HEIGHT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write " + file, ex);
			}
			log.info("Drew the {} curve in {}", curve.getKey().axisLabel(), file);
			written.add(file);
		}
		return written;
	}

	private JFreeChart chart(Curve curve, List<Integer> values) {
		List<PointResult> points = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<Integer> measuredValues = new ArrayList<>();
		for (int value : values) {
			PointResult result = this.results.get(curve.at(this.options.base(), value));
			if (result == null) {
				continue;
			}
			if (result.figures().isPresent()) {
				points.add(result);
				measuredValues.add(curve.valueOf(result.measured()));
			}
			else {
				missing.add(Figures.rate(value));
			}
		}
		ValueAxis x = LabelledLogAxis.atValues(curve.axisLabel() + " (logarithmic scale)",
				measuredValues.isEmpty() ? values : measuredValues);
		x.setLabelFont(LABEL_FONT);
		x.setTickLabelFont(TICK_FONT);
		CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
		plot.setGap(14);
		plot.add(panel(latencyAxis(points), curve, points,
				new Series("latency p50", new Color(0x1f77b4), false, (figures) -> figures.percentileMillis(50)),
				new Series("latency p99", new Color(0xd62728), false, (figures) -> figures.percentileMillis(99))), 4);
		plot.add(panel(numberAxis("CPU, cores"), curve, points,
				new Series("CPU: pipeline JVM (broker, services, harness)", new Color(0x2ca02c), false,
						(figures) -> figures.processors().jvmCores()),
				new Series("CPU: PostgreSQL", new Color(0x9467bd), false,
						(figures) -> figures.processors().postgresCores()),
				new Series("CPU: whole machine (includes other load)", Color.GRAY, true,
						(figures) -> figures.processors().machineCores())),
				3);
		plot.add(panel(numberAxis("memory, MiB"), curve, points,
				new Series("heap after full GC", new Color(0xff7f0e), false,
						(figures) -> MemoryUse.mebibytes(figures.memory().jvm().heapUsedBytes())),
				new Series("JVM RSS", new Color(0x8c564b), false,
						(figures) -> MemoryUse.mebibytes(figures.memory().jvm().residentBytes())),
				new Series("PostgreSQL PSS", new Color(0x17becf), false,
						(figures) -> MemoryUse.mebibytes(figures.memory().postgresBytes()))),
				3);
		JFreeChart chart = new JFreeChart("Scale curve: " + curve.axisLabel(), TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		subtitles(curve, points).forEach(chart::addSubtitle);
		if (!missing.isEmpty()) {
			chart.addSubtitle(subtitle("Not plotted (failed, see the report): " + String.join(", ", missing),
					Color.RED.darker()));
		}
		chart.getLegend().setItemFont(TICK_FONT);
		return chart;
	}

	private List<TextTitle> subtitles(Curve curve, List<PointResult> points) {
		ScaleShape base = this.options.base();
		List<String> fixed = new ArrayList<>();
		if (curve != Curve.COURSES) {
			fixed.add(Figures.rate(base.courseInstances()) + " course instances");
		}
		if (curve != Curve.CLASS_SIZE) {
			fixed.add(Figures.rate(base.students()) + " students each");
		}
		if (curve != Curve.SUBSCRIBERS) {
			fixed.add(Figures.rate(base.subscribers()) + " subscribers");
		}
		List<TextTitle> subtitles = new ArrayList<>();
		subtitles.add(subtitle(
				"Fixed: " + String.join(", ", fixed) + "; " + Figures.rate(this.options.rate()) + " changes/s offered",
				Color.DARK_GRAY));
		subtitles.add(subtitle("Each point: a fresh pipeline in its own JVM, " + this.options.warmup().toSeconds()
				+ " s warm-up, " + this.options.window().toSeconds() + " s measured", Color.DARK_GRAY));
		points.stream()
			.filter(PointResult::capped)
			.forEach(
					(point) -> subtitles.add(subtitle(
							Figures.rate(point.measured().subscribers()) + " subscribers instead of "
									+ Figures.rate(point.requested().subscribers())
									+ ": both ends of each stream count against one open-file limit",
							Color.DARK_GRAY)));
		return subtitles;
	}

	private static TextTitle subtitle(String text, Color color) {
		TextTitle subtitle = new TextTitle(text, SUBTITLE_FONT);
		subtitle.setPaint(color);
		return subtitle;
	}

	private XYPlot panel(ValueAxis y, Curve curve, List<PointResult> points, Series... series) {
		XYSeriesCollection data = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		for (int s = 0; s < series.length; s++) {
			XYSeries line = new XYSeries(series[s].name());
			for (PointResult point : points) {
				line.add(curve.valueOf(point.measured()), series[s].figure().applyAsDouble(point.figures().get()));
			}
			data.addSeries(line);
			renderer.setSeriesPaint(s, series[s].paint());
			renderer.setSeriesStroke(s, series[s].dashed() ? new BasicStroke(1.5f, BasicStroke.CAP_ROUND,
					BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 5f }, 0f) : new BasicStroke(2.5f));
		}
		XYPlot panel = new XYPlot(data, null, y, renderer);
		panel.setBackgroundPaint(new Color(0xf7f7f7));
		panel.setDomainGridlinePaint(Color.LIGHT_GRAY);
		panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
		return panel;
	}

	private static ValueAxis latencyAxis(List<PointResult> points) {
		double lowest = points.stream()
			.mapToDouble((point) -> point.figures().get().percentileMillis(50))
			.min()
			.orElse(1);
		double highest = points.stream()
			.mapToDouble((point) -> point.figures().get().percentileMillis(99))
			.max()
			.orElse(1);
		if (lowest > 0 && highest / lowest > LOG_LATENCY_SPREAD) {
			LogAxis axis = LabelledLogAxis.oneTwoFive("latency, ms (logarithmic)", lowest, highest);
			axis.setLabelFont(LABEL_FONT);
			axis.setTickLabelFont(TICK_FONT);
			return axis;
		}
		return numberAxis("latency, ms");
	}

	private static NumberAxis numberAxis(String label) {
		NumberAxis axis = new NumberAxis(label);
		axis.setAutoRangeIncludesZero(true);
		axis.setLabelFont(LABEL_FONT);
		axis.setTickLabelFont(TICK_FONT);
		return axis;
	}

	/**
	 * A line of a panel.
	 */
	private record Series(String name, Paint paint, boolean dashed, ToDoubleFunction<PointFigures> figure) {

	}

}
