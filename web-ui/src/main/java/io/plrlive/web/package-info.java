/**
 * The web UI: server-rendered pages of PLR Live on the PrairieLearn database.
 */
package io.plrlive.web;
