// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test helpers: count tables from explicit counts, and an independent check of what a reader can derive. */
final class Tables {
    private Tables() {
    }

    /** A table over the given domains whose cell i (cells in {@link CountTable#keys}(0) order) holds counts[i]. */
    static CountTable table(List<Dimension> dims, List<List<String>> domains, int... counts) {
        CountTable empty = CountTable.of(dims, domains, List.of());
        List<CellKey> cells = empty.keys(0);
        if (cells.size() != counts.length) {
            throw new IllegalArgumentException("need " + cells.size() + " counts");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int n = 0; n < counts[i]; n++) {
                rows.add(cells.get(i).values());
            }
        }
        return CountTable.of(dims, domains, rows);
    }

    /**
     * Keys a reader can compute from the released ones by repeatedly using "a total is the sum of its parts" on a
     * relation with one unknown member. Deliberately naive (re-scan until nothing changes), unlike the production
     * propagation, so a bug there cannot hide itself here.
     */
    static Set<CellKey> derivable(CountTable table, Set<CellKey> released) {
        Set<CellKey> known = new HashSet<>(released);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<CellKey> relation : table.relations()) {
                List<CellKey> unknown = relation.stream().filter(k -> !known.contains(k)).toList();
                if (unknown.size() == 1) {
                    known.add(unknown.getFirst());
                    changed = true;
                }
            }
        }
        known.removeAll(released);
        return known;
    }

    /** Relations whose total a reader knows while its unknown parts sum to a small group of 1 to k-1 people. */
    static List<List<CellKey>> smallGroupsRevealed(CountTable table, Set<CellKey> released, int k) {
        Set<CellKey> known = new HashSet<>(released);
        known.addAll(derivable(table, released));
        return table.relations().stream().filter(r -> known.contains(r.getFirst())).filter(r -> {
            long hidden = r.subList(1, r.size()).stream().filter(key -> !known.contains(key)).mapToLong(table::count).sum();
            return hidden > 0 && hidden < k;
        }).toList();
    }

    static Set<CellKey> releasedKeys(CountTable table, Set<Integer> masks) {
        Set<CellKey> keys = new HashSet<>();
        masks.forEach(m -> keys.addAll(table.keys(m)));
        return keys;
    }
}
