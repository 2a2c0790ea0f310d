/**
 * Who may open which stream: stream tokens signed by web-ui, the CORS allow-list, and
 * Spring Security in front of everything else.
 */
package io.plrlive.gateway.access;
