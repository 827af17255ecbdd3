// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

/**
 * What a peer gets back for an exchange: the entry's index, its inclusion proof and the signed checkpoint the proof is
 * against. With the entry bytes and the log's public key, anyone can check the exchange was logged, offline.
 */
public record Receipt(long index, InclusionProof proof, SignedCheckpoint checkpoint) {

    public Receipt {
        if (proof.leafIndex() != index || proof.treeSize() != checkpoint.size()) {
            throw new IllegalArgumentException("proof is for leaf " + proof.leafIndex() + " of " + proof.treeSize()
                    + ", not leaf " + index + " of checkpoint size " + checkpoint.size());
        }
    }

    /** Checks the log signature, then that {@code entryBytes} is leaf {@code index} of the checkpointed tree. */
    public Verification verify(byte[] entryBytes, NoteVerifier logKey) {
        Verification signature = checkpoint.verifyLogSignature(logKey);
        if (!signature.ok()) {
            return signature;
        }
        return proof.verify(Rfc9162.leafHash(entryBytes), checkpoint.root());
    }

    public Verification verify(ExchangeEntry entry, NoteVerifier logKey) {
        return verify(entry.encode(), logKey);
    }
}
