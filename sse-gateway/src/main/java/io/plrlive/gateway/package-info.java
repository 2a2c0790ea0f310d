/**
 * The SSE gateway: streams board snapshots from the scores topic to browsers.
 */
package io.plrlive.gateway;
