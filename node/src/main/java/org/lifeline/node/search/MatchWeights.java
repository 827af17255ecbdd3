// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fellegi-Sunter weights: for each feature and outcome, log2(m/u), where m is how often a true match shows that
 * outcome and u how often two different people do. Agreements add, disagreements subtract, a feature missing on
 * either side adds nothing. The m/u estimates behind {@link #DEFAULT} are in docs/matching.md; the figures were
 * set from the synthetic benchmark's corruption rates and a name-frequency assumption, then the threshold was chosen
 * on the benchmark (MatchingBench).
 */
public record MatchWeights(Map<Feature, Map<Outcome, Double>> table) {
    public static final MatchWeights DEFAULT = new MatchWeights(Map.of(
            Feature.GIVEN_NAME, Map.of(Outcome.EXACT, 6.0, Outcome.PHONETIC, 5.0, Outcome.FUZZY, 3.5,
                    Outcome.PARTIAL, 2.0, Outcome.DISAGREE, -4.0),
            Feature.FAMILY_NAME, Map.of(Outcome.EXACT, 7.0, Outcome.PHONETIC, 6.0, Outcome.FUZZY, 4.0,
                    Outcome.PARTIAL, 2.5, Outcome.DISAGREE, -4.5),
            Feature.NAME_ORDER, Map.of(Outcome.SWAPPED, -1.0),
            Feature.BIRTH_DATE, Map.of(Outcome.EXACT, 12.0, Outcome.TRANSPOSED, 8.0, Outcome.YEAR_MONTH, 8.0,
                    Outcome.YEAR, 5.0, Outcome.NEAR_YEAR, 6.0, Outcome.DISAGREE, -8.0),
            Feature.SEX, Map.of(Outcome.AGREE, 1.0, Outcome.DISAGREE, -5.0),
            Feature.NATIONALITY, Map.of(Outcome.AGREE, 1.0, Outcome.DISAGREE, -2.0),
            Feature.PLACE, Map.of(Outcome.SAME_REGION, 1.5, Outcome.SAME_COUNTRY, 0.5, Outcome.DISAGREE, -0.5)));

    public MatchWeights {
        Map<Feature, Map<Outcome, Double>> copy = new EnumMap<>(Feature.class);
        table.forEach((f, row) -> copy.put(f, Map.copyOf(row)));
        for (Feature f : Feature.values()) {
            Objects.requireNonNull(copy.get(f), () -> "no weights for feature " + f);
        }
        table = Map.copyOf(copy);
    }

    /** The weight of an outcome; an outcome a feature does not list is a bug in the caller. */
    public double of(Feature feature, Outcome outcome) {
        Double w = table.get(feature).get(outcome);
        if (w == null) {
            throw new IllegalArgumentException("no weight for " + feature + "/" + outcome);
        }
        return w;
    }
}
