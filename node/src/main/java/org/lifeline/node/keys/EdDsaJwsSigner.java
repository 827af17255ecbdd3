// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.util.Base64URL;
import java.security.PrivateKey;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * JWS {@code EdDSA} with Ed25519 (RFC 8037 §3.1) over Bouncy Castle's RFC 8032 code. Nimbus's own
 * {@code Ed25519Signer} needs Google Tink on the class path (and its protobuf 4 pin); Bouncy Castle is already here
 * for X.509 and is the fastest Ed25519 measured on our machines (docs/decisions/0001-signing-algorithm.md).
 * Thread-safe: the key parameters are immutable and each call uses its own output buffer.
 */
public final class EdDsaJwsSigner extends EdDsaJwsProvider implements JWSSigner {
    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;

    public EdDsaJwsSigner(PrivateKey key) {
        this.privateKey = Ed25519Keys.bcPrivate(key);
        this.publicKey = privateKey.generatePublicKey();
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            throw new JOSEException("this signer only makes EdDSA signatures, header asks for "
                    + header.getAlgorithm());
        }
        byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
        privateKey.sign(Ed25519.Algorithm.Ed25519, publicKey, null, signingInput, 0, signingInput.length,
                signature, 0);
        return Base64URL.encode(signature);
    }
}
