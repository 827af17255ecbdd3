// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

/**
 * Signs note messages with one Ed25519 key. The node's {@code keys} package implements it for the log key (signature
 * type 0x01, https://c2sp.org/signed-note) and for the witness key (type 0x04, https://c2sp.org/tlog-cosignature);
 * {@link #keyId()} must be computed with {@link NoteKeys#keyId} for the matching type.
 */
public interface CheckpointSigner {

    String keyName();

    int keyId();

    /** A 64-byte RFC 8032 Ed25519 signature over {@code message}. */
    byte[] sign(byte[] message);
}
