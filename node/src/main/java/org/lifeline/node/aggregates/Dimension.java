// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.List;
import java.util.Optional;

/**
 * What an aggregate query may group by (issue 9; R15 "disaggregation by sex, age and status"). Closed dimensions have
 * a public list of values, so every combination can be listed whether or not anyone has it; open dimensions take their
 * values from the data, and rare ones are merged into {@link #OTHER} before counting. Protection, immigration and
 * detention status never leave a node at record level: this grouping is the only way they appear in an answer.
 */
public enum Dimension {
    NATIONALITY("nationality", Optional.empty()),
    SEX("sex", Optional.of(List.of("female", "male", "other", "unknown"))),
    AGE_BAND("age-band", Optional.of(AgeBand.labels())),
    ADMIN1("admin1", Optional.empty()),
    REPORT_STATUS("report-status", Optional.of(List.of("missing", "sought", "found-alive", "deceased",
            "information-sought", "believed-alive", "believed-missing", "believed-dead", "other", "unknown"))),
    REGISTRATION_STATUS("registration-status", Optional.of(List.of("active", "returned", "de-registered", "other",
            "unknown"))),
    PROTECTION_STATUS("protection-status", Optional.of(List.of("refugee", "asylum-seeker", "stateless",
            "temporary-protection", "humanitarian-status", "other", "unknown"))),
    IMMIGRATION_STATUS("immigration-status", Optional.empty()),
    DETENTION_STATUS("detention-status", Optional.empty());

    /** The value of a record that has no value for a dimension. */
    public static final String UNKNOWN = "unknown";
    /** The value of a record whose value is outside a closed list or too rare to be listed on its own. */
    public static final String OTHER = "other";

    private final String slug;
    private final Optional<List<String>> closedValues;

    Dimension(String slug, Optional<List<String>> closedValues) {
        this.slug = slug;
        this.closedValues = closedValues;
    }

    public String slug() {
        return slug;
    }

    /** The public list of values, present only for closed dimensions. */
    public Optional<List<String>> closedValues() {
        return closedValues;
    }

    public static Optional<Dimension> fromSlug(String slug) {
        for (Dimension d : values()) {
            if (d.slug.equals(slug)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A row's raw value mapped into this dimension's vocabulary: blank is unknown, off-list values are other. */
    String normalise(String raw) {
        String v = raw.strip();
        if (v.isEmpty()) {
            return UNKNOWN;
        }
        if (v.equals(CellKey.TOTAL)) {
            return OTHER;
        }
        return closedValues.map(list -> list.contains(v) ? v : OTHER).orElse(v);
    }
}
