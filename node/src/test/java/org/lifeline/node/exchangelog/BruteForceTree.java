// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 9162 §2.1 definitions (MTH, PATH, SUBPROOF) transcribed literally as recursion over a list of leaf hashes,
 * with its own SHA-256: slow, obviously correct, and independent of {@link MerkleTree} and {@link Rfc9162}.
 */
final class BruteForceTree {
    private final List<byte[]> leaves;

    BruteForceTree(List<byte[]> leafHashes) {
        this.leaves = leafHashes;
    }

    static byte[] leaf(byte[] input) {
        return sha(new byte[] {0}, input);
    }

    Hash root(int n) {
        return new Hash(mth(0, n));
    }

    List<Hash> path(int m, int n) {
        return toHashes(path(m, 0, n));
    }

    List<Hash> proof(int m, int n) {
        return toHashes(subproof(m, 0, n, true));
    }

    private byte[] mth(int start, int n) {
        if (n == 0) {
            return sha();
        }
        if (n == 1) {
            return leaves.get(start);
        }
        int k = largestPowerOfTwoBelow(n);
        return sha(new byte[] {1}, mth(start, k), mth(start + k, n - k));
    }

    private List<byte[]> path(int m, int start, int n) {
        List<byte[]> out = new ArrayList<>();
        if (n <= 1) {
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            out.addAll(path(m, start, k));
            out.add(mth(start + k, n - k));
        } else {
            out.addAll(path(m - k, start + k, n - k));
            out.add(mth(start, k));
        }
        return out;
    }

    private List<byte[]> subproof(int m, int start, int n, boolean b) {
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(start, n));
            }
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            out.addAll(subproof(m, start, k, b));
            out.add(mth(start + k, n - k));
        } else {
            out.addAll(subproof(m - k, start + k, n - k, false));
            out.add(mth(start, k));
        }
        return out;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static List<Hash> toHashes(List<byte[]> raw) {
        return raw.stream().map(Hash::new).toList();
    }

    private static byte[] sha(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
