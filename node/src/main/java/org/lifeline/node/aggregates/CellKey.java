// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.List;

/**
 * One entry of a count table: a value per grouped dimension, in the query's order, where {@link #TOTAL} stands for
 * "all values" of that dimension. A key without {@link #TOTAL} is a cell; with it, a marginal total.
 */
public record CellKey(List<String> values) implements Comparable<CellKey> {
    public static final String TOTAL = "*";

    public CellKey {
        values = List.copyOf(values);
    }

    public static CellKey of(String... values) {
        return new CellKey(List.of(values));
    }

    /** Bit i set when dimension i is summed over. */
    public int totalMask() {
        int mask = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(TOTAL)) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    public boolean isCell() {
        return totalMask() == 0;
    }

    CellKey with(int axis, String value) {
        String[] copy = values.toArray(String[]::new);
        copy[axis] = value;
        return new CellKey(List.of(copy));
    }

    @Override
    public int compareTo(CellKey other) {
        for (int i = 0; i < Math.min(values.size(), other.values.size()); i++) {
            int c = values.get(i).compareTo(other.values.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(values.size(), other.values.size());
    }

    @Override
    public String toString() {
        return String.join("/", values);
    }
}
