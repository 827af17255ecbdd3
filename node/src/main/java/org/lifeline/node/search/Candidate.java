// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.List;
import java.util.Objects;
import org.lifeline.node.store.RecordRef;

/**
 * A record that may be the person sought: its score (sum of the feature weights, log2 likelihood ratio; see
 * MatchScorer) and every feature comparison that made it, so an operator can see why it was proposed.
 */
public record Candidate(RecordRef ref, double score, List<FeatureMatch> matched) {
    public Candidate {
        Objects.requireNonNull(ref, "ref");
        matched = List.copyOf(matched);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite but was " + score);
        }
    }
}
