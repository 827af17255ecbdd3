// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.Arrays;

/** Verifies a witness's tlog-cosignature/v1 lines (type 0x04); see {@link Cosignature} for the message format. */
public final class CosignatureVerifier implements NoteVerifier {
    private final String keyName;
    private final int keyId;
    private final PublicKey key;

    public CosignatureVerifier(String keyName, byte[] publicKey) {
        this.keyName = keyName;
        this.keyId = NoteKeys.keyId(keyName, NoteKeys.TYPE_COSIGNATURE_V1, publicKey);
        this.key = Ed25519.publicKey(publicKey);
    }

    @Override
    public String keyName() {
        return keyName;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    // The timestamp must fit in 63 bits (tlog-cosignature "Format"); a negative u64 read as long is refused.
    @Override
    public boolean verify(byte[] noteText, byte[] signature) {
        if (signature.length != Cosignature.TIMESTAMPED_LENGTH) {
            return false;
        }
        long seconds = ByteBuffer.wrap(signature).getLong();
        if (seconds < 0) {
            return false;
        }
        byte[] sig = Arrays.copyOfRange(signature, 8, signature.length);
        return Ed25519.verify(key, Cosignature.message(noteText, seconds), sig);
    }
}
