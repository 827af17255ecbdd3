// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.ArrayList;
import java.util.List;

/** An RFC 9162 §2.1.4 consistency proof that the tree of {@code size1} is a prefix of the tree of {@code size2}. */
public record ConsistencyProof(long size1, long size2, List<Hash> path) {

    public ConsistencyProof {
        if (size1 < 0 || size2 < 0) {
            throw new IllegalArgumentException("sizes must not be negative: " + size1 + ", " + size2);
        }
        path = List.copyOf(path);
    }

    /**
     * Verifies per RFC 9162 §2.1.4.2 that {@code root1} (tree of size1) and {@code root2} (tree of size2) are
     * consistent. Equal sizes need an empty path and equal roots; a proof from the empty tree is refused as meaningless
     * (every tree extends it, so such a proof proves nothing about the roots given).
     */
    public Verification verify(Hash root1, Hash root2) {
        if (size1 > size2) {
            return Verification.invalid("consistency.size-order", "size1 " + size1 + " > size2 " + size2);
        }
        if (size1 == 0) {
            return Verification.invalid("consistency.from-empty-tree", "size1 is 0");
        }
        if (size1 == size2) {
            return path.isEmpty()
                    ? compare("consistency.root-mismatch", root1, root2)
                    : Verification.invalid("consistency.path-too-long", "equal sizes need an empty path");
        }
        if (path.isEmpty()) {
            return Verification.invalid("consistency.path-too-short", "path is empty");
        }
        return chain(root1, root2);
    }

    private Verification chain(Hash root1, Hash root2) {
        List<Hash> p = new ArrayList<>(path);
        if (Long.bitCount(size1) == 1) {
            p.addFirst(root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = p.getFirst().bytes();
        byte[] sr = fr;
        for (Hash c : p.subList(1, p.size())) {
            if (sn == 0) {
                return Verification.invalid("consistency.path-too-long", "path has " + path.size() + " hashes");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc9162.node(c.bytes(), fr);
                sr = Rfc9162.node(c.bytes(), sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = Rfc9162.node(sr, c.bytes());
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return Verification.invalid("consistency.path-too-short", "path has " + path.size() + " hashes");
        }
        Verification first = compare("consistency.root1-mismatch", new Hash(fr), root1);
        return first.ok() ? compare("consistency.root2-mismatch", new Hash(sr), root2) : first;
    }

    static Verification compare(String code, Hash computed, Hash expected) {
        return computed.equals(expected)
                ? Verification.VALID
                : Verification.invalid(code, "computed " + computed.hex() + " but expected " + expected.hex());
    }
}
