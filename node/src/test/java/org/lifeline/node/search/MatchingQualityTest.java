// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quality is deterministic (seeded generator), so the targets can be asserted on a small set. */
class MatchingQualityTest {
    @Test
    void defaultThreshold_meetsPrecisionAndRecallTargets_onGeneratedPairs() {
        MatchScorer scorer = new MatchScorer();
        LabelledPairs pairs = LabelledPairs.generate(7, 1000);
        LabelledPairs.Quality q = pairs.quality(pairs.scores(scorer), scorer.threshold());
        assertThat(q.tp() + q.fn()).isEqualTo(1000);
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(q.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
