// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/**
 * The named coarser level a field is released at; {@code https://w3id.org/lifeline/generalisation/<slug>}.
 * Levels of the same family are ordered from fine to coarse; levels of different families never apply to one field.
 */
public enum GeneralisationLevel implements Concept {
    /** A place reduced to its ISO 3166-2 subdivision and country. */
    ADMIN1(FieldKind.PLACE, 1),
    /** A place reduced to its ISO 3166-1 country. */
    COUNTRY(FieldKind.PLACE, 2),
    /** A date reduced to its year. */
    YEAR(FieldKind.DATE, 1),
    /** A date of birth reduced to an age band at decision time. */
    AGE_BAND(FieldKind.DATE, 2);

    private final FieldKind family;
    private final int coarseness;

    GeneralisationLevel(FieldKind family, int coarseness) {
        this.family = family;
        this.coarseness = coarseness;
    }

    @Override
    public String scheme() {
        return "generalisation";
    }

    public FieldKind family() {
        return family;
    }

    /** The coarser of two levels of one family. */
    public GeneralisationLevel coarser(GeneralisationLevel other) {
        if (other.family != family) {
            throw new IllegalArgumentException("levels " + this + " and " + other + " belong to different families");
        }
        return other.coarseness > coarseness ? other : this;
    }
}
