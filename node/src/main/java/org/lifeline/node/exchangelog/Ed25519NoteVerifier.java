// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.security.PublicKey;

/** Verifies Ed25519 note signatures (type 0x01, https://c2sp.org/signed-note "Ed25519 signatures") over the note text. */
public final class Ed25519NoteVerifier implements NoteVerifier {
    private final String keyName;
    private final int keyId;
    private final PublicKey key;

    public Ed25519NoteVerifier(String keyName, byte[] publicKey) {
        this.keyName = keyName;
        this.keyId = NoteKeys.keyId(keyName, NoteKeys.TYPE_ED25519, publicKey);
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
        return Ed25519.verify(key, noteText, signature);
    }
}
