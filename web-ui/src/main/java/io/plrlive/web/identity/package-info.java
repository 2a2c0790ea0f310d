/**
 * Who is signed in, and what they are in each course instance: staff, student or neither.
 */
package io.plrlive.web.identity;
