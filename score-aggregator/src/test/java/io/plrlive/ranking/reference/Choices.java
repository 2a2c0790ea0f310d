package io.plrlive.ranking.reference;

import java.util.List;

/**
 * A generated list of numbers read one after the other, then zeros: shrinking the list
 * towards zeros and shortness shrinks towards the plainest delivery order.
 */
final class Choices {

	private final List<Integer> values;

	private int next;

	Choices(List<Integer> values) {
		this.values = values;
	}

	/**
	 * The next choice.
	 * @param bound number of options
	 * @return a number from 0 to {@code bound - 1}
	 */
	int next(int bound) {
		int value = (this.next < this.values.size()) ? this.values.get(this.next) : 0;
		this.next++;
		return value % bound;
	}

}
