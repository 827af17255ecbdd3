// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import java.util.Arrays;

/** A growable list of primitive longs (frame offsets): 8 bytes per entry instead of a boxed Long each. */
final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    long get(long i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " outside [0, " + size + ")");
        }
        return values[(int) i];
    }

    long size() {
        return size;
    }

    void truncate(long newSize) {
        size = (int) Math.min(size, newSize);
    }
}
