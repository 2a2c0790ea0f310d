package io.plrlive.ranking.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.plrlive.contracts.capture.StudentChanged;

/**
 * The order and ranks of every board and of final standings: points descending, duration
 * ascending, time reached ascending, handle ascending; equal points and duration share a
 * rank (standard competition ranking, "1224").
 */
public final class Ranking {

	private static final Comparator<RankedStanding> ORDER = Comparator
		.comparingLong((RankedStanding ranked) -> -ranked.standing().points())
		.thenComparingLong((ranked) -> ranked.standing().durationMillis())
		.thenComparing((ranked) -> ranked.standing().reachedAt())
		.thenComparing(RankedStanding::handle);

	private Ranking() {
	}

	/**
	 * Ranks standings. A student whose name is not known yet is left out until it is.
	 * @param standings the standings, in any order
	 * @param students where handles and display names come from
	 * @return the ranked standings, best first
	 */
	public static List<RankedStanding> rank(Collection<Standing> standings, StudentDirectory students) {
		List<RankedStanding> named = new ArrayList<>(standings.size());
		for (Standing standing : standings) {
			StudentChanged student = students.find(standing.userId());
			if (student != null) {
				named.add(new RankedStanding(0, standing, student.handle(), student.displayName()));
			}
		}
		named.sort(ORDER);
		return withRanks(named);
	}

	private static List<RankedStanding> withRanks(List<RankedStanding> ordered) {
		List<RankedStanding> ranked = new ArrayList<>(ordered.size());
		RankedStanding previous = null;
		for (RankedStanding entry : ordered) {
			int rank = (previous != null && entry.standing().sharesRankWith(previous.standing())) ? previous.rank()
					: ranked.size() + 1;
			previous = new RankedStanding(rank, entry.standing(), entry.handle(), entry.displayName());
			ranked.add(previous);
		}
		return ranked;
	}

}
