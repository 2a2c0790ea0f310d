/**
 * The PLR database schema: Flyway migrations for the host tables and for PLR's own tables
 * and triggers.
 */
package io.plrlive.schema;
