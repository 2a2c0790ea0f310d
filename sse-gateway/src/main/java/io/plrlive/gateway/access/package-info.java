/**
 * Who may open which stream: stream tokens signed by web-ui, checked by Spring Security,
 * problem bodies for every refusal, and the CORS allow-list.
 */
package io.plrlive.gateway.access;
