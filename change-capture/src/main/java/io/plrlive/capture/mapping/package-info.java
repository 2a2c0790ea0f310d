/**
 * The one mapper that both capture paths share: a changed row of a PLR table becomes the
 * same {@code RowChange}.
 */
package io.plrlive.capture.mapping;
