/**
 * The event stream of a course instance: its boards, the viewer's achievements and the
 * viewer count, snapshot first, then changes, resumable and conflated per subscriber.
 */
package io.plrlive.gateway.stream;
