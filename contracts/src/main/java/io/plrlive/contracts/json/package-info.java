/**
 * JSON serdes for the event records: one serde per record type, with errors that name the
 * topic and the problem.
 */
package io.plrlive.contracts.json;
