/**
 * What the SSE gateway sends to browsers and the stream token it accepts from web-ui.
 */
package io.plrlive.contracts.stream;
