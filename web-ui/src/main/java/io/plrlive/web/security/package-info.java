/**
 * Sessions, CSRF protection, the Content-Security-Policy and which pages need a signed-in
 * user.
 */
package io.plrlive.web.security;
