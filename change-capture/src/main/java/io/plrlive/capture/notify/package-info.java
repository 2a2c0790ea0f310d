/**
 * The NOTIFY path: a dedicated LISTEN connection that publishes each notified row at
 * once.
 */
package io.plrlive.capture.notify;
