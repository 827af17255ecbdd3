// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Verifies JWS {@code EdDSA}/Ed25519 signatures (RFC 8037 §3.1) with Bouncy Castle; the counterpart of
 * {@link EdDsaJwsSigner}, for the same reason (no Tink). Fails closed: any other algorithm, a header with
 * {@code crit} parameters (RFC 7515 §4.1.11: we understand none), or a signature of the wrong length is "invalid".
 */
public final class EdDsaJwsVerifier extends EdDsaJwsProvider implements JWSVerifier {
    private final Ed25519PublicKeyParameters publicKey;

    public EdDsaJwsVerifier(Ed25519PublicKey key) {
        this.publicKey = new Ed25519PublicKeyParameters(key.raw());
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
            return false;
        }
        byte[] sig = signature.decode();
        if (sig.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        return publicKey.verify(Ed25519.Algorithm.Ed25519, null, signingInput, 0, signingInput.length, sig, 0);
    }
}
