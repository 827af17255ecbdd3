// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.List;

/**
 * Read side of an exchange log: entries, roots and proofs at any size up to {@link #size()}, and the checkpoints the
 * log has signed. Implementations are safe to read from many threads while one appends.
 */
public interface ExchangeLogReader {

    long size();

    /** The canonical bytes of entry {@code index} (its Merkle leaf); requires 0 <= index < size(). */
    byte[] entryBytes(long index);

    default ExchangeEntry entry(long index) {
        return ExchangeEntry.decode(entryBytes(index)).orThrow();
    }

    Hash leafHash(long index);

    /** Root of the tree of the first {@code treeSize} entries; requires 0 <= treeSize <= size(). */
    Hash root(long treeSize);

    default Hash root() {
        return root(size());
    }

    InclusionProof inclusionProof(long index, long treeSize);

    ConsistencyProof consistencyProof(long size1, long size2);

    /** Checkpoints in the order they were added (so in non-decreasing size). */
    List<SignedCheckpoint> checkpoints();

    default Receipt receipt(long index, SignedCheckpoint checkpoint) {
        return new Receipt(index, inclusionProof(index, checkpoint.size()), checkpoint);
    }
}
