/**
 * Refused requests and the problem bodies (RFC 9457) that tell browsers why.
 */
package io.plrlive.gateway.problem;
