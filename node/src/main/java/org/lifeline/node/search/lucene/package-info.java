// SPDX-License-Identifier: Apache-2.0
/**
 * The Lucene implementation of {@link org.lifeline.node.search.NameIndex}: one document per person-bearing record
 * under the node's {@code index/} folder, kept in step with the store as a
 * {@link org.lifeline.node.store.RecordListener}, searched near-real-time for candidates that
 * {@link org.lifeline.node.search.MatchScorer} then rescores.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.search.lucene;
