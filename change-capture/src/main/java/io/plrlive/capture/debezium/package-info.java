/**
 * The CDC path: the Debezium embedded engine reading PLR's publication by logical
 * replication, as a managed lifecycle.
 */
package io.plrlive.capture.debezium;
