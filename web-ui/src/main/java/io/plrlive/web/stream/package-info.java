/**
 * Stream tokens: the signed, short-lived passes with which a page opens its course
 * instance's event stream on the SSE gateway.
 */
package io.plrlive.web.stream;
