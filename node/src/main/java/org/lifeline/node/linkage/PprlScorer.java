// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lifeline.node.search.Candidate;
import org.lifeline.node.search.Feature;
import org.lifeline.node.search.FeatureMatch;
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
        if (!q.nationalities().isEmpty() && !r.nationalities().isEmpty()) {
            add(out, Feature.NATIONALITY, overlap(q.nationalities(), r.nationalities()) ? Outcome.AGREE : Outcome.DISAGREE);
        }
        place(q, r).ifPresent(o -> add(out, Feature.PLACE, o));
        return new Candidate(ref, out.stream().mapToDouble(FeatureMatch::weight).sum(), out);
    }

    private List<FeatureMatch> names(PprlRecord q, PprlRecord r) {
        List<FeatureMatch> straight = pair(q.given(), r.given(), q.family(), r.family());
        List<FeatureMatch> crosswise = pair(q.given(), r.family(), q.family(), r.given());
        double swap = weights.of(Feature.NAME_ORDER, Outcome.SWAPPED);
        if (sum(crosswise) + swap > sum(straight)) {
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

    private static Optional<Outcome> place(PprlRecord q, PprlRecord r) {
        if (overlap(q.admin1(), r.admin1())) {
            return Optional.of(Outcome.SAME_REGION);
        }
        if (overlap(q.countries(), r.countries())) {
            return Optional.of(Outcome.SAME_COUNTRY);
        }
        boolean both = !(q.admin1().isEmpty() && q.countries().isEmpty()) && !(r.admin1().isEmpty() && r.countries().isEmpty());
        return both ? Optional.of(Outcome.DISAGREE) : Optional.empty();
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !Collections.disjoint(a, b);
    }

    private void add(List<FeatureMatch> out, Feature f, Outcome o) {
        out.add(new FeatureMatch(f, o, weights.of(f, o)));
    }

    private static double sum(List<FeatureMatch> matches) {
        return matches.stream().mapToDouble(FeatureMatch::weight).sum();
    }
}
