// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.util.Arrays;
import java.util.Base64;

/**
 * A Bloom filter as {@code long} words (bit i is bit {@code i % 64} of word {@code i / 64}), compared by the Dice
 * coefficient 2|A∧B| / (|A| + |B|) with {@link Long#bitCount}, which the JIT turns into POPCNT.
 */
public record Clk(long[] words) {
    public Clk {
        if (words.length == 0) {
            throw new IllegalArgumentException("a filter needs at least one word");
        }
        words = words.clone();
    }

    public int bits() {
        return words.length * 64;
    }

    public int cardinality() {
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** Dice coefficient; two empty filters share nothing (0). */
    public double dice(Clk other) {
        if (other.words.length != words.length) {
            throw new IllegalArgumentException("filters of different sizes: " + bits() + " and " + other.bits());
        }
        int common = 0;
        int total = 0;
        for (int i = 0; i < words.length; i++) {
            common += Long.bitCount(words[i] & other.words[i]);
            total += Long.bitCount(words[i]) + Long.bitCount(other.words[i]);
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }

    /** The filter as transmitted: base64 of the words, big-endian. */
    public String encoded() {
        var buf = java.nio.ByteBuffer.allocate(words.length * 8);
        buf.asLongBuffer().put(words);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    public static Clk decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length == 0 || bytes.length % 8 != 0) {
            throw new IllegalArgumentException("a filter is a positive number of 8-byte words, got " + bytes.length + " bytes");
        }
        long[] w = new long[bytes.length / 8];
        java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(w);
        return new Clk(w);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clk c && Arrays.equals(words, c.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Clk[" + bits() + " bits, " + cardinality() + " set]";
    }

    @Override
    public long[] words() {
        return words.clone();
    }

    /** Direct access for the bit-sliced matrix, which copies the words once. */
    long[] wordsView() {
        return words;
    }
}
