/**
 * Boards as pure data: standings, their order and competition ranks, and the snapshot a
 * board publishes.
 */
package io.plrlive.ranking.board;
