package io.plrlive.ranking.course;

import java.util.Collection;

import io.plrlive.ranking.board.BadgeSource;
import io.plrlive.ranking.board.BoardHeader;
import io.plrlive.ranking.board.Standing;

/**
 * Everything needed to render one board now.
 *
 * @param header the board
 * @param standings its standings, unordered
 * @param badges the badges its entries show
 */
record BoardView(BoardHeader header, Collection<Standing> standings, BadgeSource badges) {
}
