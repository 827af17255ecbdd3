// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.search.Candidate;
import org.lifeline.node.search.Feature;
import org.lifeline.node.search.FeatureMatch;
import org.lifeline.node.search.FeatureRules;
import org.lifeline.node.search.MatchWeights;
import org.lifeline.node.search.Outcome;
import org.lifeline.node.store.RecordRef;

/**
 * Scores two PPRL encodings with the plaintext {@link MatchWeights} and threshold, so PPRL and plaintext answers read
 * alike. Name outcomes come from the Dice coefficient of the name filters (bands below, set on the benchmark so PPRL
 * tracks plaintext quality); date, sex, nationality and place outcomes from token equality, exactly as in plaintext.
 */
public final class PprlScorer {
    static final double EXACT_DICE = 0.97;
    static final double PHONETIC_DICE = 0.40;
    static final double FUZZY_DICE = 0.28;

    private final MatchWeights weights;
    private final double threshold;

    public PprlScorer(MatchWeights weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public Candidate score(RecordRef ref, PprlRecord q, PprlRecord r) {
        List<FeatureMatch> out = new ArrayList<>(names(q, r));
        q.birthDate().ifPresent(a -> r.birthDate().ifPresent(b -> add(out, Feature.BIRTH_DATE, a.agreement(b))));
        if (q.sex().isPresent() && r.sex().isPresent()) {
            add(out, Feature.SEX, q.sex().equals(r.sex()) ? Outcome.AGREE : Outcome.DISAGREE);
        }
        FeatureRules.shared(q.nationalities(), r.nationalities()).ifPresent(o -> add(out, Feature.NATIONALITY, o));
        FeatureRules.place(q.admin1(), q.countries(), r.admin1(), r.countries()).ifPresent(o -> add(out, Feature.PLACE, o));
        return new Candidate(ref, FeatureRules.sum(out), out);
    }

    private List<FeatureMatch> names(PprlRecord q, PprlRecord r) {
        List<FeatureMatch> straight = pair(q.given(), r.given(), q.family(), r.family());
        List<FeatureMatch> crosswise = pair(q.given(), r.family(), q.family(), r.given());
        double swap = weights.of(Feature.NAME_ORDER, Outcome.SWAPPED);
        if (FeatureRules.sum(crosswise) + swap > FeatureRules.sum(straight)) {
            crosswise.add(new FeatureMatch(Feature.NAME_ORDER, Outcome.SWAPPED, swap));
            return crosswise;
        }
        return straight;
    }

    private List<FeatureMatch> pair(Clk qGiven, Clk rGiven, Clk qFamily, Clk rFamily) {
        List<FeatureMatch> out = new ArrayList<>(3);
        name(qGiven, rGiven).ifPresent(o -> add(out, Feature.GIVEN_NAME, o));
        name(qFamily, rFamily).ifPresent(o -> add(out, Feature.FAMILY_NAME, o));
        return out;
    }

    private static Optional<Outcome> name(Clk q, Clk r) {
        if (q.cardinality() == 0 || r.cardinality() == 0) {
            return Optional.empty();
        }
        double d = q.dice(r);
        return Optional.of(d >= EXACT_DICE ? Outcome.EXACT : d >= PHONETIC_DICE ? Outcome.PHONETIC
                : d >= FUZZY_DICE ? Outcome.FUZZY : Outcome.DISAGREE);
    }

    private void add(List<FeatureMatch> out, Feature f, Outcome o) {
        out.add(new FeatureMatch(f, o, weights.of(f, o)));
    }
}
