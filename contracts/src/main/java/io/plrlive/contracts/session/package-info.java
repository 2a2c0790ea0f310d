/**
 * Final standings of closed live sessions, published once per session.
 */
package io.plrlive.contracts.session;
