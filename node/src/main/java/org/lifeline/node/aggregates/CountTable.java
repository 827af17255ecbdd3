// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exact counts of a grouped query: every cell of the cross product of the dimensions' value lists (zeros included, so
 * the listed keys never reveal who exists) and every marginal total, i.e. every key with some dimensions summed over
 * ({@link CellKey#TOTAL}). Tables hold counts only; they never leave the node unsuppressed and un-noised.
 */
public final class CountTable {
    private final List<Dimension> dimensions;
    private final List<List<String>> domains;
    private final Map<CellKey, Long> counts;

    private CountTable(List<Dimension> dimensions, List<List<String>> domains, Map<CellKey, Long> counts) {
        this.dimensions = dimensions;
        this.domains = domains;
        this.counts = counts;
    }

    /**
     * Counts rows already mapped to cell values (one list per row, in dimension order, each value in its domain).
     */
    public static CountTable of(List<Dimension> dimensions, List<List<String>> domains,
                                Collection<List<String>> cellValues) {
        if (dimensions.size() != domains.size() || dimensions.isEmpty() || dimensions.size() > 30) {
            throw new IllegalArgumentException("domains must give one value list per dimension");
        }
        Map<CellKey, Long> counts = new HashMap<>();
        int masks = 1 << dimensions.size();
        for (List<String> row : cellValues) {
            for (int i = 0; i < row.size(); i++) {
                if (!domains.get(i).contains(row.get(i))) {
                    throw new IllegalArgumentException("a row value of " + dimensions.get(i).slug()
                            + " is outside its domain");
                }
            }
            CellKey cell = new CellKey(row);
            for (int mask = 0; mask < masks; mask++) {
                counts.merge(masked(cell, mask), 1L, Long::sum);
            }
        }
        return new CountTable(List.copyOf(dimensions), domains.stream().map(List::copyOf).toList(), counts);
    }

    /**
     * Tabulates a query over rows on day {@code at}. Closed dimensions list their public values; open ones list the
     * values held by at least {@code k} admitted rows and merge the rest into {@link Dimension#OTHER} (so a listed
     * value never says that one rare person exists); an admin-1 filter is itself the admin-1 value list.
     */
    public static CountTable tabulate(AggregateQuery query, Collection<AggregateRow> rows, int k, LocalDate at) {
        List<AggregateRow> admitted = rows.stream().filter(query::admits).toList();
        List<List<String>> domains = new ArrayList<>();
        for (Dimension d : query.groupBy()) {
            domains.add(domain(d, query, admitted, k, at));
        }
        List<List<String>> values = admitted.stream().map(r -> cellValues(query.groupBy(), domains, r, at)).toList();
        return of(query.groupBy(), domains, values);
    }

    private static List<String> domain(Dimension d, AggregateQuery query, List<AggregateRow> rows, int k, LocalDate at) {
        if (d.closedValues().isPresent()) {
            return d.closedValues().get();
        }
        if (d == Dimension.ADMIN1 && !query.admin1().isEmpty()) {
            return List.copyOf(new TreeSet<>(query.admin1()));
        }
        Map<String, Long> frequency = new TreeMap<>();
        rows.forEach(r -> frequency.merge(r.value(d, at), 1L, Long::sum));
        Set<String> listed = new TreeSet<>();
        frequency.forEach((value, n) -> {
            if (n >= k && !value.equals(Dimension.OTHER) && !value.equals(Dimension.UNKNOWN)) {
                listed.add(value);
            }
        });
        List<String> domain = new ArrayList<>(listed);
        domain.add(Dimension.OTHER);
        domain.add(Dimension.UNKNOWN);
        return List.copyOf(domain);
    }

    private static List<String> cellValues(List<Dimension> dims, List<List<String>> domains, AggregateRow row,
                                           LocalDate at) {
        List<String> values = new ArrayList<>(dims.size());
        for (int i = 0; i < dims.size(); i++) {
            String v = row.value(dims.get(i), at);
            values.add(domains.get(i).contains(v) ? v : Dimension.OTHER);
        }
        return values;
    }

    private static CellKey masked(CellKey cell, int mask) {
        CellKey key = cell;
        for (int i = 0; i < cell.values().size(); i++) {
            if ((mask & (1 << i)) != 0) {
                key = key.with(i, CellKey.TOTAL);
            }
        }
        return key;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The value list of dimension {@code axis}, in release order. */
    public List<String> domain(int axis) {
        return domains.get(axis);
    }

    /** Exact count of a cell or total; zero for keys no row falls in. */
    public long count(CellKey key) {
        return counts.getOrDefault(key, 0L);
    }

    /** All keys whose summed-over dimensions are exactly the bits of {@code mask}, in domain order. */
    public List<CellKey> keys(int mask) {
        List<List<String>> partial = List.of(List.of());
        for (int axis = 0; axis < dimensions.size(); axis++) {
            List<String> choices = (mask & (1 << axis)) != 0 ? List.of(CellKey.TOTAL) : domains.get(axis);
            List<List<String>> next = new ArrayList<>(partial.size() * choices.size());
            for (List<String> prefix : partial) {
                for (String v : choices) {
                    List<String> extended = new ArrayList<>(prefix);
                    extended.add(v);
                    next.add(extended);
                }
            }
            partial = next;
        }
        return partial.stream().map(CellKey::new).toList();
    }

    /**
     * The additive relations a reader can use: for every key and every dimension it sums over, the key equals the
     * sum of the keys that fix that dimension to each of its values. Each list holds the total first, then its parts.
     */
    public List<List<CellKey>> relations() {
        List<List<CellKey>> relations = new ArrayList<>();
        for (int mask = 1; mask < (1 << dimensions.size()); mask++) {
            for (CellKey total : keys(mask)) {
                for (int axis = 0; axis < dimensions.size(); axis++) {
                    if ((mask & (1 << axis)) != 0) {
                        relations.add(relation(total, axis));
                    }
                }
            }
        }
        return relations;
    }

    private List<CellKey> relation(CellKey total, int axis) {
        List<CellKey> relation = new ArrayList<>();
        relation.add(total);
        domains.get(axis).forEach(v -> relation.add(total.with(axis, v)));
        return relation;
    }
}
