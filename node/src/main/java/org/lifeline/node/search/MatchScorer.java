// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.store.RecordRef;

/**
 * Scores a record against a query as the sum of {@link MatchWeights} over the features both sides have, and keeps
 * every comparison for the explanation. A score at or above {@link #threshold()} is a match.
 *
 * <p>Names: the query's given and family names are compared with the record's given and family names, each pool
 * widened by the record's other full names (variants), whose token roles are unknown. The crosswise assignment
 * (query given vs record family and vice versa) is also tried; when it scores higher it wins and NAME_ORDER adds
 * its small SWAPPED penalty.
 */
public final class MatchScorer {
    /** Chosen on the benchmark (docs/matching.md): precision first, then recall. */
    public static final double DEFAULT_THRESHOLD = 15.0;

    private final MatchWeights weights;
    private final double threshold;

    public MatchScorer(MatchWeights weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    public MatchScorer() {
        this(MatchWeights.DEFAULT, DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    public boolean accepts(Candidate candidate) {
        return candidate.score() >= threshold;
    }

    public Candidate score(RecordRef ref, PersonFeatures query, PersonFeatures record) {
        List<FeatureMatch> matched = compare(query, record);
        return new Candidate(ref, FeatureRules.sum(matched), matched);
    }

    /** Every feature comparison between a query and a record, in {@link Feature} order. */
    public List<FeatureMatch> compare(PersonFeatures query, PersonFeatures record) {
        List<FeatureMatch> out = new ArrayList<>(names(query, record));
        query.birthDate().ifPresent(q -> record.birthDate().ifPresent(r -> add(out, Feature.BIRTH_DATE, q.agreement(r))));
        if (query.sex() != Sex.UNKNOWN && record.sex() != Sex.UNKNOWN) {
            add(out, Feature.SEX, query.sex() == record.sex() ? Outcome.AGREE : Outcome.DISAGREE);
        }
        FeatureRules.shared(query.nationalities(), record.nationalities()).ifPresent(o -> add(out, Feature.NATIONALITY, o));
        FeatureRules.place(query.admin1(), query.countries(), record.admin1(), record.countries())
                .ifPresent(o -> add(out, Feature.PLACE, o));
        return out;
    }

    private List<FeatureMatch> names(PersonFeatures query, PersonFeatures record) {
        List<NameKey> others = NameComparison.pool(record.otherNames());
        List<NameKey> given = widen(NameComparison.pool(record.givenNames()), others);
        List<NameKey> family = widen(NameComparison.pool(record.familyNames()), others);
        List<FeatureMatch> straight = assignment(query, given, family);
        List<FeatureMatch> crosswise = assignment(query, family, given);
        if (FeatureRules.sum(crosswise) + weights.of(Feature.NAME_ORDER, Outcome.SWAPPED) > FeatureRules.sum(straight)) {
            crosswise.add(match(Feature.NAME_ORDER, Outcome.SWAPPED));
            return crosswise;
        }
        return straight;
    }

    private List<FeatureMatch> assignment(PersonFeatures query, List<NameKey> givenPool, List<NameKey> familyPool) {
        List<FeatureMatch> out = new ArrayList<>(3);
        if (!givenPool.isEmpty()) {
            best(query.givenNames(), givenPool).ifPresent(o -> add(out, Feature.GIVEN_NAME, o));
        }
        if (!familyPool.isEmpty()) {
            best(query.familyNames(), familyPool).ifPresent(o -> add(out, Feature.FAMILY_NAME, o));
        }
        return out;
    }

    private static Optional<Outcome> best(List<String> queryNames, List<NameKey> pool) {
        return queryNames.stream().map(n -> NameComparison.compare(n, pool)).min(Outcome::compareTo);
    }

    private static List<NameKey> widen(List<NameKey> pool, List<NameKey> others) {
        if (others.isEmpty()) {
            return pool;
        }
        List<NameKey> all = new ArrayList<>(pool);
        all.addAll(others);
        return all;
    }

    private void add(List<FeatureMatch> out, Feature f, Outcome o) {
        out.add(match(f, o));
    }

    private FeatureMatch match(Feature f, Outcome o) {
        return new FeatureMatch(f, o, weights.of(f, o));
    }
}
