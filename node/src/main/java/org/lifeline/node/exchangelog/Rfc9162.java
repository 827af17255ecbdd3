// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Merkle tree hashing of RFC 9162 §2.1.1 (same as RFC 6962 §2.1): leaf = SHA-256(0x00 || entry), interior node =
 * SHA-256(0x01 || left || right), empty tree = SHA-256(""). One {@link MessageDigest} is reused per thread because a
 * fresh instance per hash costs about a third more (shared/docs/perf-baselines.md).
 */
public final class Rfc9162 {
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Rfc9162::newSha256);

    private Rfc9162() {
    }

    public static Hash emptyRoot() {
        return new Hash(sha256(new byte[0]));
    }

    public static Hash leafHash(byte[] entry) {
        return new Hash(leaf(entry));
    }

    public static Hash nodeHash(Hash left, Hash right) {
        return new Hash(node(left.bytes(), right.bytes()));
    }

    /** Plain SHA-256; used for request/response digests and note key ids. */
    public static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data);
    }

    static byte[] leaf(byte[] entry) {
        MessageDigest md = SHA256.get();
        md.update(LEAF_PREFIX);
        md.update(entry);
        return md.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest md = SHA256.get();
        md.update(NODE_PREFIX);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
