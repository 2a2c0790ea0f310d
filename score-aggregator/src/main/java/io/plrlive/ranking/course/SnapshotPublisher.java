package io.plrlive.ranking.course;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.plrlive.contracts.board.BoardId;
import io.plrlive.ranking.board.BoardRenderer;
import io.plrlive.ranking.board.BoardRenderer.RenderedBoard;
import io.plrlive.ranking.board.Ranking;
import io.plrlive.ranking.topology.Publication;
import io.plrlive.ranking.topology.RankingMetrics;
import io.plrlive.ranking.topology.RankingSettings;

/**
 * Decides when a changed board publishes: at once if it has not published within the
 * snapshot interval, otherwise at the end of that interval, with every change made
 * meanwhile. So a board costs at most one snapshot per interval however fast its scores
 * change. While the task catches up (rows arrive later than the catch-up lag after they
 * were published), the longer catch-up interval applies, so that a backlog drains with
 * fewer snapshots. A change waiting for its snapshot is kept in a store, so a task that
 * moves to another instance or restarts after a crash still publishes it.
 */
final class SnapshotPublisher {

	private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

	private final ProcessorContext<String, Publication> context;

	private final CourseStores stores;

	private final Boards boards;

	private final RankingSettings settings;

	private final RankingMetrics metrics;

	private final Set<BoardId> changed = new LinkedHashSet<>();

	private final Map<BoardId, Long> lastPublishedAt = new HashMap<>();

	private final Map<BoardId, Map<Long, Integer>> previousRanks = new HashMap<>();

	private boolean catchingUp;

	SnapshotPublisher(ProcessorContext<String, Publication> context, CourseStores stores, Boards boards,
			RankingSettings settings, RankingMetrics metrics) {
		this.context = context;
		this.stores = stores;
		this.boards = boards;
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * Notes that a board changed, and publishes it if it may.
	 * @param board the board
	 */
	void changed(BoardId board) {
		long now = this.context.currentSystemTimeMs();
		if (isDue(board, now)) {
			publish(board, now);
		}
		else if (this.changed.add(board)) {
			this.stores.markPending(board.toString(), now);
		}
	}

	/**
	 * Notes how late a row reached the task: later than the catch-up lag starts catching
	 * up, less than half of it ends it.
	 * @param publishedAt when the row's record was published (its timestamp)
	 */
	void arrived(long publishedAt) {
		long late = this.context.currentSystemTimeMs() - publishedAt;
		long lag = this.settings.catchUpLag().toMillis();
		if (!this.catchingUp && late > lag) {
			this.catchingUp = true;
			log.info("Task {} is catching up (a row arrived {} ms after it was published): boards publish at most "
					+ "every {} ms", this.context.taskId(), late, catchUpIntervalMillis());
		}
		else if (this.catchingUp && late < lag / 2) {
			this.catchingUp = false;
			log.info("Task {} caught up: boards publish at most every {} ms again", this.context.taskId(),
					this.settings.snapshotInterval().toMillis());
		}
	}

	/** Takes over the changes that waited for a snapshot when the task last stopped. */
	void restore() {
		this.stores.forEachPending((boardId) -> this.changed.add(BoardId.parse(boardId)));
	}

	/**
	 * Forgets a board's previous ranks, when it starts showing another session.
	 * @param board the board
	 */
	void startAfresh(BoardId board) {
		this.previousRanks.remove(board);
	}

	/** Publishes every changed board whose interval has passed. */
	void publishDue() {
		long now = this.context.currentSystemTimeMs();
		List<BoardId> due = new ArrayList<>();
		for (BoardId board : this.changed) {
			if (isDue(board, now)) {
				due.add(board);
			}
		}
		due.forEach((board) -> publish(board, now));
	}

	private boolean isDue(BoardId board, long now) {
		Long last = this.lastPublishedAt.get(board);
		return last == null || now - last >= intervalMillis();
	}

	private long intervalMillis() {
		return this.catchingUp ? catchUpIntervalMillis() : this.settings.snapshotInterval().toMillis();
	}

	private long catchUpIntervalMillis() {
		return Math.max(this.settings.catchUpSnapshotInterval().toMillis(),
				this.settings.snapshotInterval().toMillis());
	}

	private void publish(BoardId board, long now) {
		if (this.changed.remove(board)) {
			this.stores.clearPending(board.toString());
		}
		BoardView view = this.boards.view(board);
		if (view == null) {
			return;
		}
		RenderedBoard rendered = BoardRenderer.render(view.header(),
				Ranking.rank(view.standings(), this.stores::student), view.badges(),
				this.previousRanks.getOrDefault(board, Map.of()), this.stores.nextBoardVersion(board.toString()),
				Instant.ofEpochMilli(now), this.settings.maxBoardEntries());
		this.previousRanks.put(board, rendered.ranks());
		this.lastPublishedAt.put(board, now);
		this.context.forward(new Record<>(board.toString(), new Publication.Scores(rendered.snapshot()), now));
		this.metrics.snapshotPublished();
	}

}
