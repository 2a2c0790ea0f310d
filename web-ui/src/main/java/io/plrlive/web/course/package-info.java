/**
 * The course instance pages: the staff page with live session controls and the student
 * page with the profile card.
 */
package io.plrlive.web.course;
