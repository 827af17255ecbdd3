// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Many filters of one size in one flat {@code long[]} (row-major, one row per filter) with their popcounts, scanned
 * by Dice against a query without allocating: the candidate filter of PPRL search. Dice >= t is tested as
 * 2·|A∧B| >= t·(|A|+|B|), so the scan does no division.
 */
public final class ClkMatrix {
    private final int width;
    private long[] words;
    private int[] counts;
    private int size;

    public ClkMatrix(int bits, int capacity) {
        if (bits <= 0 || bits % 64 != 0) {
            throw new IllegalArgumentException("bits must be a positive multiple of 64 but was " + bits);
        }
        this.width = bits / 64;
        this.words = new long[Math.max(1, capacity) * width];
        this.counts = new int[Math.max(1, capacity)];
    }

    /** Appends a filter; returns its row. */
    public int add(Clk clk) {
        long[] w = clk.wordsView();
        if (w.length != width) {
            throw new IllegalArgumentException("filter has " + clk.bits() + " bits, matrix rows have " + width * 64);
        }
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size * 2);
            words = Arrays.copyOf(words, size * 2 * width);
        }
        System.arraycopy(w, 0, words, size * width, width);
        counts[size] = clk.cardinality();
        return size++;
    }

    public int size() {
        return size;
    }

    /** Tells {@code hit} every row in [from, to) whose Dice with {@code query} is at least {@code minDice}. */
    public void scan(Clk query, double minDice, int from, int to, IntConsumer hit) {
        long[] q = query.wordsView();
        if (q.length != width) {
            throw new IllegalArgumentException("query has " + query.bits() + " bits, matrix rows have " + width * 64);
        }
        int qCount = query.cardinality();
        long[] m = words;
        for (int row = Math.max(0, from), end = Math.min(size, to); row < end; row++) {
            int base = row * width;
            int common = 0;
            for (int i = 0; i < width; i++) {
                common += Long.bitCount(m[base + i] & q[i]);
            }
            if (2.0 * common >= minDice * (qCount + counts[row])) {
                hit.accept(row);
            }
        }
    }

    public void scan(Clk query, double minDice, IntConsumer hit) {
        scan(query, minDice, 0, size, hit);
    }
}
