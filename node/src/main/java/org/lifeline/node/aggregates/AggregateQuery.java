// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An IO's request for counts (issue 9): records of one type, grouped by one to three dimensions, optionally limited to
 * an alert area (a set of ISO 3166-2 admin-1 codes) and to records whose reference date lies in {@code [from, to]},
 * spending {@code epsilon} of the recipient's privacy budget. Invalid queries are rejected here, naming the field.
 */
public record AggregateQuery(String recordType, List<Dimension> groupBy, Set<String> admin1, Optional<LocalDate> from,
                             Optional<LocalDate> to, Epsilon epsilon) {
    /** Record types that describe people and can therefore be counted. */
    public static final Set<String> RECORD_TYPES = Set.of("person", "report", "registration");
    public static final int MAX_DIMENSIONS = 3;
    private static final Pattern ADMIN1 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    public AggregateQuery {
        if (!RECORD_TYPES.contains(recordType)) {
            throw new IllegalArgumentException("recordType must be one of " + RECORD_TYPES);
        }
        groupBy = List.copyOf(groupBy);
        if (groupBy.isEmpty() || groupBy.size() > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("groupBy must name 1 to " + MAX_DIMENSIONS + " dimensions");
        }
        if (new HashSet<>(groupBy).size() != groupBy.size()) {
            throw new IllegalArgumentException("groupBy must not name a dimension twice");
        }
        admin1 = Set.copyOf(admin1);
        if (!admin1.stream().allMatch(code -> ADMIN1.matcher(code).matches())) {
            throw new IllegalArgumentException("admin1 must hold ISO 3166-2 codes such as XH-3");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    /** A query without area or date filters. */
    public static AggregateQuery of(String recordType, List<Dimension> groupBy, Epsilon epsilon) {
        return new AggregateQuery(recordType, groupBy, Set.of(), Optional.empty(), Optional.empty(), epsilon);
    }

    /** Whether a row passes the area and date filters; rows without a date fail any date filter. */
    boolean admits(AggregateRow row) {
        if (!admin1.isEmpty() && !admin1.contains(row.value(Dimension.ADMIN1))) {
            return false;
        }
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        return row.date().filter(d -> from.map(f -> !d.isBefore(f)).orElse(true)
                && to.map(t -> !d.isAfter(t)).orElse(true)).isPresent();
    }
}
