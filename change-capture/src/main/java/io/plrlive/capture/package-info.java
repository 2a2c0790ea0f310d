/**
 * Change capture: publishes every change of PLR's tables to the change topics.
 */
package io.plrlive.capture;
