package io.plrlive.ranking.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A contender with its standard competition rank ("1224").
 *
 * @param rank 1-based rank, shared by contenders with equal points and duration
 * @param contender the contender
 */
record Ranked(int rank, Contender contender) {

	/**
	 * Orders contenders as a board does and gives each its competition rank.
	 * @param contenders the contenders, in any order
	 * @return them in board order with their ranks
	 */
	static List<Ranked> rank(Collection<Contender> contenders) {
		List<Contender> ordered = contenders.stream().sorted(Contender.BOARD_ORDER).toList();
		List<Ranked> ranked = new ArrayList<>();
		for (int position = 1; position <= ordered.size(); position++) {
			Contender contender = ordered.get(position - 1);
			boolean sharesRank = position > 1 && contender.tiesWith(ordered.get(position - 2));
			int rank = sharesRank ? ranked.get(position - 2).rank() : position;
			ranked.add(new Ranked(rank, contender));
		}
		return List.copyOf(ranked);
	}

	String handle() {
		return this.contender.handle();
	}

	long points() {
		return this.contender.points();
	}

	long durationMillis() {
		return this.contender.durationMillis();
	}

}
