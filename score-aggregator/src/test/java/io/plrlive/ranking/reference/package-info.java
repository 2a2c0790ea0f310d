/**
 * An independent, from-scratch computation of the ranking rules of
 * {@code docs/ranking.md} and a generator of delivery scenarios, against which tests
 * check the real aggregator.
 */
package io.plrlive.ranking.reference;
