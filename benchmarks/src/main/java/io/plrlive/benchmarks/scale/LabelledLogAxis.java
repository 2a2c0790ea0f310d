package io.plrlive.benchmarks.scale;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis with ticks at chosen round values rather than at JFreeChart's
 * fractional powers of ten (e.g. 39,810.7): the measured values on the x axis, and 1, 2,
 * 5, 10, 20, 50... for latencies.
 */
final class LabelledLogAxis extends LogAxis {

	private static final long serialVersionUID = 1L;

	/** Room on either side of the outermost points, as a factor of their values. */
	private static final double MARGIN = 1.4;

	private static final int[] ONE_TWO_FIVE = { 1, 2, 5 };

	private final List<Double> ticks;

	private final NumberFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

	private LabelledLogAxis(String label, List<Double> ticks, double lowest, double highest) {
		super(label);
		this.ticks = List.copyOf(ticks);
		setRange(lowest / MARGIN, highest * MARGIN);
		setMinorTickMarksVisible(false);
	}

	/**
	 * An axis whose ticks are the values measured, e.g. 10, 100, 1,000.
	 * @param label the axis label
	 * @param values the measured values, positive
	 * @return the axis
	 */
	static LabelledLogAxis atValues(String label, List<Integer> values) {
		List<Double> ticks = values.stream().map(Integer::doubleValue).toList();
		return new LabelledLogAxis(label, ticks, ticks.stream().mapToDouble(Double::doubleValue).min().orElse(1),
				ticks.stream().mapToDouble(Double::doubleValue).max().orElse(10));
	}

	/**
	 * An axis from a lowest to a highest figure with ticks at 1, 2 and 5 times the powers
	 * of ten between them.
	 * @param label the axis label
	 * @param lowest the lowest figure, positive
	 * @param highest the highest figure
	 * @return the axis
	 */
	static LabelledLogAxis oneTwoFive(String label, double lowest, double highest) {
		List<Double> ticks = new ArrayList<>();
		for (double decade = Math.pow(10, Math.floor(Math.log10(lowest / MARGIN))); decade <= highest
				* MARGIN; decade *= 10) {
			for (int step : ONE_TWO_FIVE) {
				double tick = decade * step;
				if (tick >= lowest / MARGIN && tick <= highest * MARGIN) {
					ticks.add(tick);
				}
			}
		}
		return new LabelledLogAxis(label, ticks, lowest, highest);
	}

	@Override
	protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
		return ticks(TextAnchor.TOP_CENTER);
	}

	@Override
	protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
		return ticks(TextAnchor.CENTER_RIGHT);
	}

	private List<NumberTick> ticks(TextAnchor anchor) {
		List<NumberTick> result = new ArrayList<>();
		for (double tick : this.ticks) {
			result.add(new NumberTick(tick, this.format.format(tick), anchor, TextAnchor.CENTER, 0.0));
		}
		return result;
	}

}
