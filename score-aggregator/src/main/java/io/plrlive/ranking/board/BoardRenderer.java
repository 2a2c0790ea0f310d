package io.plrlive.ranking.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.plrlive.contracts.board.BoardEntry;
import io.plrlive.contracts.board.BoardSnapshot;

/**
 * Turns ranked standings into the snapshot a board publishes, with badges and the rank
 * movement since the board's previous snapshot.
 */
public final class BoardRenderer {

	private BoardRenderer() {
	}

	/**
	 * Renders one snapshot.
	 * @param header the board
	 * @param ranked its ranked standings, best first
	 * @param badges the badges each student shows on this board
	 * @param previousRanks the ranks of the previous snapshot, by user id (empty for the
	 * first)
	 * @param version the snapshot's version
	 * @param generatedAt when it is generated
	 * @param maxEntries the most entries a snapshot lists
	 * @return the snapshot and the ranks it shows
	 */
	public static RenderedBoard render(BoardHeader header, List<RankedStanding> ranked, BadgeSource badges,
			Map<Long, Integer> previousRanks, long version, Instant generatedAt, int maxEntries) {
		int size = Math.min(ranked.size(), maxEntries);
		List<BoardEntry> entries = new ArrayList<>(size);
		Map<Long, Integer> ranks = new HashMap<>(size * 2);
		for (RankedStanding entry : ranked.subList(0, size)) {
			Integer previous = previousRanks.get(entry.userId());
			Integer rankChange = (previous != null) ? previous - entry.rank() : null;
			Standing standing = entry.standing();
			entries.add(new BoardEntry(entry.rank(), entry.handle(), entry.displayName(), standing.points(),
					standing.durationMillis(), rankChange, badges.badges(entry.userId()), standing.seasons()));
			ranks.put(entry.userId(), entry.rank());
		}
		BoardSnapshot snapshot = new BoardSnapshot(header.id().toString(), header.id().kind(), header.courseId(),
				header.courseInstanceId(), header.sessionId(), header.sessionTitle(), header.finalStandings(), version,
				generatedAt, entries.size(), entries);
		return new RenderedBoard(snapshot, ranks);
	}

	/**
	 * A rendered snapshot and the ranks it shows, for the next snapshot's rank movement.
	 *
	 * @param snapshot the snapshot
	 * @param ranks rank by user id
	 */
	public record RenderedBoard(BoardSnapshot snapshot, Map<Long, Integer> ranks) {
	}

}
