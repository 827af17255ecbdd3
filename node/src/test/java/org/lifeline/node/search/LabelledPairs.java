// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Ground-truth pairs for the quality benchmark: for each of {@code n} identities, one true pair (a corrupted query
 * against the identity's record) and one hard non-match (the same corrupted query against a namesake's record:
 * same name concepts, independently drawn birth date, nationality and region).
 */
record LabelledPairs(List<Pair> pairs) {
    record Pair(PersonFeatures query, PersonFeatures record, boolean match) {
    }

    /** Confusion counts at one threshold. */
    record Quality(double threshold, int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static LabelledPairs generate(long seed, int n) {
        BenchPopulation population = new BenchPopulation(seed);
        List<Pair> pairs = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            BenchPopulation.Identity person = population.identity();
            PersonFeatures record = population.record(person);
            PersonFeatures namesake = population.record(population.namesake(person));
            PersonFeatures query = PersonFeatures.of(population.query(person));
            pairs.add(new Pair(query, record, true));
            pairs.add(new Pair(query, namesake, false));
        }
        return new LabelledPairs(List.copyOf(pairs));
    }

    /** Scores every pair once with {@code scorer}'s weights. */
    double[] scores(MatchScorer scorer) {
        double[] s = new double[pairs.size()];
        var ref = new org.lifeline.node.store.RecordRef("bench", org.lifeline.node.store.RecordType.PERSON, "x");
        for (int i = 0; i < s.length; i++) {
            s[i] = scorer.score(ref, pairs.get(i).query(), pairs.get(i).record()).score();
        }
        return s;
    }

    Quality quality(double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean accepted = scores[i] >= threshold;
            if (pairs.get(i).match()) {
                tp += accepted ? 1 : 0;
                fn += accepted ? 0 : 1;
            } else {
                fp += accepted ? 1 : 0;
                tn += accepted ? 0 : 1;
            }
        }
        return new Quality(threshold, tp, fp, fn, tn);
    }
}
