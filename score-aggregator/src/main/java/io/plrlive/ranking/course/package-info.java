/**
 * The task that owns a course: its state stores, its boards in memory, when boards
 * publish, and the finalization of closed sessions.
 */
package io.plrlive.ranking.course;
