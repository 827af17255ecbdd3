// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine knows of one record: its raw value per dimension (absent means unknown), its birth date as written
 * (possibly partial, so the age band is computed on the day of the query) and its reference date for date filters
 * (a report's date, a registration's date). Rows hold no names, contacts or ids. One row per record: the noise is
 * calibrated on each record contributing to exactly one cell of each released table.
 */
public record AggregateRow(Map<Dimension, String> values, Optional<String> birthDate, Optional<LocalDate> date) {
    public AggregateRow {
        if (values.containsKey(Dimension.AGE_BAND)) {
            throw new IllegalArgumentException("values must not hold the age band; it is derived from birthDate");
        }
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    /** The normalised value of a dimension on day {@code at}: unknown when absent, other when off-list. */
    public String value(Dimension dimension, LocalDate at) {
        if (dimension == Dimension.AGE_BAND) {
            return birthDate.map(b -> AgeBand.of(b, at)).orElse(AgeBand.UNKNOWN).label();
        }
        return value(dimension);
    }

    String value(Dimension dimension) {
        return dimension.normalise(values.getOrDefault(dimension, ""));
    }
}
