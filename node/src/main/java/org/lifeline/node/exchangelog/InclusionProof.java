// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.List;

/** An RFC 9162 §2.1.3 inclusion proof: the audit path of leaf {@code leafIndex} in the tree of {@code treeSize}. */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> path) {

    public InclusionProof {
        if (leafIndex < 0 || treeSize < 0) {
            throw new IllegalArgumentException("index and size must not be negative: " + leafIndex + ", " + treeSize);
        }
        path = List.copyOf(path);
    }

    /**
     * Verifies per RFC 9162 §2.1.3.2: recomputes the root from {@code leafHash} and the path and compares it with
     * {@code root}. Requires 0 <= leafIndex < treeSize; a path that is too long or too short fails, never passes.
     */
    public Verification verify(Hash leafHash, Hash root) {
        if (leafIndex >= treeSize) {
            return Verification.invalid("inclusion.index-out-of-range",
                    "leaf index " + leafIndex + " >= tree size " + treeSize);
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash.bytes();
        for (Hash p : path) {
            if (sn == 0) {
                return Verification.invalid("inclusion.path-too-long", "path has " + path.size() + " hashes");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc9162.node(p.bytes(), r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = Rfc9162.node(r, p.bytes());
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Verification.invalid("inclusion.path-too-short", "path has " + path.size() + " hashes");
        }
        return ConsistencyProof.compare("inclusion.root-mismatch", new Hash(r), root);
    }
}
