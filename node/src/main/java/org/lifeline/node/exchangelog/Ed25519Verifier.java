// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.security.PublicKey;

/**
 * Verifies note signature lines of one Ed25519 key: type 0x01 signs the note text (https://c2sp.org/signed-note
 * "Ed25519 signatures"); type 0x04 is a witness cosignature over the cosignature/v1 message ({@link Cosignature}).
 */
public final class Ed25519Verifier implements NoteVerifier {
    private final String keyName;
    private final byte type;
    private final int keyId;
    private final PublicKey key;

    public Ed25519Verifier(String keyName, byte type, byte[] publicKey) {
        if (type != NoteKeys.TYPE_ED25519 && type != NoteKeys.TYPE_COSIGNATURE_V1) {
            throw new IllegalArgumentException("unsupported signature type " + type);
        }
        this.keyName = keyName;
        this.type = type;
        this.keyId = NoteKeys.keyId(keyName, type, publicKey);
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

    @Override
    public boolean verify(byte[] noteText, byte[] signature) {
        return type == NoteKeys.TYPE_ED25519
                ? Ed25519.verify(key, noteText, signature)
                : Cosignature.verify(key, noteText, signature);
    }
}
