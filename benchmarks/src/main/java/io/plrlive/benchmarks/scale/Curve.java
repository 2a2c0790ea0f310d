package io.plrlive.benchmarks.scale;

/**
 * A dimension of the load that one curve varies while the others stay at the base shape.
 */
enum Curve {

	COURSES("Course instances", "course instances", "courses"),

	CLASS_SIZE("Class size", "students per course instance", "class-size"),

	SUBSCRIBERS("Subscribers", "SSE subscribers", "subscribers");

	private final String title;

	private final String axisLabel;

	private final String slug;

	Curve(String title, String axisLabel, String slug) {
		this.title = title;
		this.axisLabel = axisLabel;
		this.slug = slug;
	}

	/**
	 * The curve's name in headings, e.g. {@code Class size}.
	 * @return the title
	 */
	String title() {
		return this.title;
	}

	/**
	 * What the x axis counts, e.g. {@code students per course instance}.
	 * @return the label
	 */
	String axisLabel() {
		return this.axisLabel;
	}

	/**
	 * The image file of the curve, e.g. {@code scale-class-size.png}.
	 * @return the file name
	 */
	String imageFileName() {
		return "scale-" + this.slug + ".png";
	}

	/**
	 * The option that lists the curve's values, e.g. {@code --class-sizes}.
	 * @return the option, without its value
	 */
	String option() {
		return switch (this) {
			case COURSES -> "--courses";
			case CLASS_SIZE -> "--class-sizes";
			case SUBSCRIBERS -> "--subscribers";
		};
	}

	/**
	 * The curve's dimension of a shape.
	 * @param shape a point's shape
	 * @return its value on this curve's axis
	 */
	int valueOf(ScaleShape shape) {
		return switch (this) {
			case COURSES -> shape.courseInstances();
			case CLASS_SIZE -> shape.students();
			case SUBSCRIBERS -> shape.subscribers();
		};
	}

	/**
	 * The base shape with this curve's dimension set to a value.
	 * @param base the base shape
	 * @param value the value of the varied dimension
	 * @return the point's shape
	 */
	ScaleShape at(ScaleShape base, int value) {
		return switch (this) {
			case COURSES -> new ScaleShape(value, base.students(), base.subscribers());
			case CLASS_SIZE -> new ScaleShape(base.courseInstances(), value, base.subscribers());
			case SUBSCRIBERS -> base.withSubscribers(value);
		};
	}

}
