// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.ArrayList;
import java.util.List;

/**
 * Append-only list of 32-byte hashes in 1 MiB chunks: 32 bytes per hash and no object per hash, so ten million leaves
 * take 320 MB rather than the ~1 GB that {@code List<byte[]>} would.
 */
final class HashArray {
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK_HASHES = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK_HASHES - 1;

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    long size() {
        return size;
    }

    void add(byte[] hash) {
        int slot = (int) (size & MASK);
        if (slot == 0) {
            chunks.add(new byte[CHUNK_HASHES * Hash.LENGTH]);
        }
        System.arraycopy(hash, 0, chunks.getLast(), slot * Hash.LENGTH, Hash.LENGTH);
        size++;
    }

    byte[] get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("hash index " + index + " outside [0, " + size + ")");
        }
        byte[] out = new byte[Hash.LENGTH];
        byte[] chunk = chunks.get((int) (index >>> CHUNK_BITS));
        System.arraycopy(chunk, (int) (index & MASK) * Hash.LENGTH, out, 0, Hash.LENGTH);
        return out;
    }
}
