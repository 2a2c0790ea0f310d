/**
 * Board snapshots, the product's public output: one full, versioned document per live,
 * seasonal and all-time board.
 */
package io.plrlive.contracts.board;
