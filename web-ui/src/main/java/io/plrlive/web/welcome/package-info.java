/**
 * The welcome page: the course instances PLR Live can show boards for.
 */
package io.plrlive.web.welcome;
