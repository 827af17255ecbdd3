// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.security.PrivateKey;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.lifeline.node.exchangelog.CheckpointSigner;
import org.lifeline.node.exchangelog.NoteKeys;

/**
 * Signs C2SP notes with the node's own Ed25519 key: as the log (type 0x01, https://c2sp.org/signed-note) or as a
 * witness (type 0x04, https://c2sp.org/tlog-cosignature). One key serves both and the JWS envelopes: the signed
 * messages cannot be confused, since a cosignature message starts with {@code cosignature/v1}, a checkpoint with its
 * origin and a JWS signing input with a base64url header. Thread-safe, like {@link EdDsaJwsSigner}.
 */
public final class Ed25519NoteSigner implements CheckpointSigner {
    private final String keyName;
    private final int keyId;
    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;

    private Ed25519NoteSigner(String keyName, byte type, PrivateKey key) {
        this.privateKey = Ed25519Keys.bcPrivate(key);
        this.publicKey = privateKey.generatePublicKey();
        this.keyName = keyName;
        this.keyId = NoteKeys.keyId(keyName, type, publicKey.getEncoded());
    }

    /** The node's checkpoint signer; its key name is the log origin {@link LogKeys#origin}. */
    public static Ed25519NoteSigner log(NodeIdentity identity) {
        return new Ed25519NoteSigner(LogKeys.origin(identity.nodeId()), NoteKeys.TYPE_ED25519,
                identity.keyPair().getPrivate());
    }

    /** The node's witness (cosignature v1) signer, named like its log. */
    public static Ed25519NoteSigner witness(NodeIdentity identity) {
        return new Ed25519NoteSigner(LogKeys.origin(identity.nodeId()), NoteKeys.TYPE_COSIGNATURE_V1,
                identity.keyPair().getPrivate());
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
    public byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
        privateKey.sign(Ed25519.Algorithm.Ed25519, publicKey, null, message, 0, message.length, signature, 0);
        return signature;
    }
}
