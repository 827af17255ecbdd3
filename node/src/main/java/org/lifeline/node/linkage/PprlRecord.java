// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What travels instead of a person's identifying fields: Bloom filters of the given and family names (empty filters
 * when a name is unknown) and keyed tokens for birth date, sex, nationalities and places. Nothing in it can be read
 * back without the agreement key; see docs/matching.md for what it still reveals.
 */
public record PprlRecord(Clk given, Clk family, Optional<PprlDate> birthDate, Optional<String> sex,
                         Set<String> nationalities, Set<String> admin1, Set<String> countries) {
    public PprlRecord {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(family, "family");
        if (given.bits() != family.bits()) {
            throw new IllegalArgumentException("given and family filters must have the same size");
        }
        nationalities = Set.copyOf(nationalities);
        admin1 = Set.copyOf(admin1);
        countries = Set.copyOf(countries);
    }

    /** Given and family filter side by side, the single filter the bit-sliced matrix scans. */
    public Clk names() {
        return concat(given, family);
    }

    /** The same with the two names swapped, to find records whose given and family names were recorded crosswise. */
    public Clk namesSwapped() {
        return concat(family, given);
    }

    private static Clk concat(Clk a, Clk b) {
        long[] w = new long[a.wordsView().length + b.wordsView().length];
        System.arraycopy(a.wordsView(), 0, w, 0, a.wordsView().length);
        System.arraycopy(b.wordsView(), 0, w, a.wordsView().length, b.wordsView().length);
        return new Clk(w);
    }
}
