// SPDX-License-Identifier: Apache-2.0
/**
 * Person matching without any index technology: what a query asks ({@link org.lifeline.node.search.PersonQuery}),
 * what a record offers ({@link org.lifeline.node.search.PersonFeatures}), how names in any script are normalised
 * ({@link org.lifeline.node.search.NameKey}) and how a pair is scored into an explainable
 * {@link org.lifeline.node.search.Candidate} ({@link org.lifeline.node.search.MatchScorer}). Indexes implement
 * {@link org.lifeline.node.search.NameIndex} and only generate candidates; the score always comes from the scorer.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.search;
