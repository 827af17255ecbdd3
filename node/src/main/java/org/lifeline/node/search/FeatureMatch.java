// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.Objects;

/** One line of a candidate's explanation: a feature, how it compared and the weight that added to the score. */
public record FeatureMatch(Feature feature, Outcome outcome, double weight) {
    public FeatureMatch {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(outcome, "outcome");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite but was " + weight);
        }
    }
}
