// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Outcome rules shared by the plaintext and the PPRL scorer, which compare the same sets once as ISO codes and once as
 * keyed tokens: equality is all either needs.
 */
public final class FeatureRules {
    private FeatureRules() {
    }

    /** AGREE when the sets share a value, DISAGREE when both are known and share none, empty when either is unknown. */
    public static Optional<Outcome> shared(Set<String> query, Set<String> record) {
        if (query.isEmpty() || record.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Collections.disjoint(query, record) ? Outcome.DISAGREE : Outcome.AGREE);
    }

    /** SAME_REGION, else SAME_COUNTRY, else DISAGREE when both sides name some place; empty otherwise. */
    public static Optional<Outcome> place(Set<String> queryAdmin1, Set<String> queryCountries, Set<String> recordAdmin1,
                                          Set<String> recordCountries) {
        if (shared(queryAdmin1, recordAdmin1).orElse(Outcome.DISAGREE) == Outcome.AGREE) {
            return Optional.of(Outcome.SAME_REGION);
        }
        if (shared(queryCountries, recordCountries).orElse(Outcome.DISAGREE) == Outcome.AGREE) {
            return Optional.of(Outcome.SAME_COUNTRY);
        }
        boolean both = !(queryAdmin1.isEmpty() && queryCountries.isEmpty())
                && !(recordAdmin1.isEmpty() && recordCountries.isEmpty());
        return both ? Optional.of(Outcome.DISAGREE) : Optional.empty();
    }

    public static double sum(Collection<FeatureMatch> matches) {
        double s = 0;
        for (FeatureMatch m : matches) {
            s += m.weight();
        }
        return s;
    }
}
