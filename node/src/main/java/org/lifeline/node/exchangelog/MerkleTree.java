// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only RFC 9162 Merkle tree held in memory, answering roots and proofs for any size up to the current one.
 *
 * <p>Appends keep the compact range (the "frontier": one perfect subtree hash per set bit of the size), so appending is
 * amortised one interior hash and {@link #root()} costs at most 64. Besides the leaf hashes the tree keeps every
 * completed node on levels 4, 8, 12, ... (1/15 of the leaf memory, ~2 bytes per leaf), so any perfect subtree is at
 * most 15 hashes away and a proof at any historical size costs O(15 log n) hashes without storing the full tree.
 *
 * <p>Not thread-safe: callers serialise appends and reads (the file log uses a read/write lock).
 */
public final class MerkleTree {
    private static final int STRIDE = 4;

    private final List<HashArray> stored = new ArrayList<>();
    private final byte[][] frontier = new byte[Long.SIZE][];
    private long size;

    public MerkleTree() {
        stored.add(new HashArray());
    }

    public long size() {
        return size;
    }

    public void append(Hash leafHash) {
        appendLeafHash(leafHash.bytes());
    }

    /** Appends a leaf hash given as raw bytes (exactly 32; the array is copied). */
    public void appendLeafHash(byte[] leafHash) {
        if (leafHash.length != Hash.LENGTH) {
            throw new IllegalArgumentException("leaf hash must be 32 bytes but was " + leafHash.length);
        }
        stored.getFirst().add(leafHash);
        byte[] carry = leafHash.clone();
        int level = 0;
        while ((size & (1L << level)) != 0) {
            carry = Rfc9162.node(frontier[level], carry);
            level++;
            if (level % STRIDE == 0) {
                storedLevel(level / STRIDE).add(carry);
            }
        }
        frontier[level] = carry;
        size++;
    }

    public Hash leafHash(long index) {
        checkIndex(index, size);
        return new Hash(stored.getFirst().get(index));
    }

    /** Root of the whole tree, from the frontier. */
    public Hash root() {
        if (size == 0) {
            return Rfc9162.emptyRoot();
        }
        int level = Long.numberOfTrailingZeros(size);
        byte[] acc = frontier[level];
        for (level++; level < Long.SIZE; level++) {
            if ((size & (1L << level)) != 0) {
                acc = Rfc9162.node(frontier[level], acc);
            }
        }
        return new Hash(acc);
    }

    /** MTH(D[0:treeSize]) of RFC 9162 §2.1.1; requires 0 <= treeSize <= size(). */
    public Hash root(long treeSize) {
        checkSize(treeSize);
        if (treeSize == size) {
            return root();
        }
        return treeSize == 0 ? Rfc9162.emptyRoot() : new Hash(rangeHash(0, treeSize));
    }

    /** PATH(index, D[0:treeSize]) of RFC 9162 §2.1.3.1; requires 0 <= index < treeSize <= size(). */
    public InclusionProof inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        checkIndex(index, treeSize);
        List<Hash> path = new ArrayList<>();
        inclusionPath(index, 0, treeSize, path);
        return new InclusionProof(index, treeSize, path);
    }

    /** PROOF(size1, D[0:size2]) of RFC 9162 §2.1.4.1; requires 0 < size1 <= size2 <= size() (empty when equal). */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        checkSize(size2);
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("consistency needs 0 < size1 <= size2 but was " + size1 + ", " + size2);
        }
        List<Hash> path = new ArrayList<>();
        if (size1 < size2) {
            subproof(size1, 0, size2, true, path);
        }
        return new ConsistencyProof(size1, size2, path);
    }

    // PATH(m, D[start:start+n]); the recursion appends after descending, giving leaf-to-root order.
    private void inclusionPath(long m, long start, long n, List<Hash> out) {
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            inclusionPath(m, start, k, out);
            out.add(new Hash(rangeHash(start + k, n - k)));
        } else {
            inclusionPath(m - k, start + k, n - k, out);
            out.add(new Hash(rangeHash(start, k)));
        }
    }

    // SUBPROOF(m, D[start:start+n], b) of RFC 9162 §2.1.4.1.
    private void subproof(long m, long start, long n, boolean original, List<Hash> out) {
        if (m == n) {
            if (!original) {
                out.add(new Hash(rangeHash(start, n)));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, start, k, original, out);
            out.add(new Hash(rangeHash(start + k, n - k)));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(new Hash(rangeHash(start, k)));
        }
    }

    // MTH(D[start:start+n]) for n >= 1. The RFC's splits keep every perfect part aligned to its own width.
    private byte[] rangeHash(long start, long n) {
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return perfectNode(level, start >>> level);
        }
        long k = Long.highestOneBit(n - 1);
        return Rfc9162.node(rangeHash(start, k), rangeHash(start + k, n - k));
    }

    // Hash of the perfect subtree at (level, index), folded up from the nearest stored level below it.
    private byte[] perfectNode(int level, long index) {
        int base = level / STRIDE;
        HashArray source = stored.get(base);
        int width = 1 << (level - base * STRIDE);
        long first = index << (level - base * STRIDE);
        byte[][] row = new byte[width][];
        for (int i = 0; i < width; i++) {
            row[i] = source.get(first + i);
        }
        for (int w = width; w > 1; w >>= 1) {
            for (int i = 0; i < w / 2; i++) {
                row[i] = Rfc9162.node(row[2 * i], row[2 * i + 1]);
            }
        }
        return row[0];
    }

    private HashArray storedLevel(int strideIndex) {
        while (stored.size() <= strideIndex) {
            stored.add(new HashArray());
        }
        return stored.get(strideIndex);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " outside [0, " + size + "]");
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " outside [0, " + treeSize + ")");
        }
    }
}
