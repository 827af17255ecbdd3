// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.keys.EdDsaJwsVerifier;
import org.lifeline.node.keys.SigningKey;

/**
 * The JWS must verify under the issuer's key named by {@code kid}, and that key must have been valid at {@code iat}
 * (so a rotated-out key still verifies what it signed in its window, and nothing after). No key means rejection.
 */
record SignatureValid() implements EnvelopeRule<SignedClaims> {
    @Override
    public Optional<Rejection> check(Presented<? extends SignedClaims> envelope) {
        var claims = envelope.claims();
        String kid = envelope.jws().getHeader().getKeyID();
        Optional<SigningKey> key = envelope.issuer().flatMap(m -> m.signingKey(String.valueOf(kid), claims.iat()));
        if (key.isEmpty()) {
            return reject("no key " + kid + " of issuer " + claims.iss() + " valid at iat " + claims.iat());
        }
        if (!JWSAlgorithm.EdDSA.equals(envelope.jws().getHeader().getAlgorithm())) {
            return reject("alg must be EdDSA");
        }
        try {
            return envelope.jws().verify(new EdDsaJwsVerifier(key.get().key()))
                    ? Optional.empty()
                    : reject("signature by " + claims.iss() + " key " + kid + " does not verify");
        } catch (JOSEException | IllegalStateException e) {
            return reject("signature could not be verified");
        }
    }

    private static Optional<Rejection> reject(String message) {
        return Optional.of(Rejection.of(RejectionCode.BAD_SIGNATURE, message));
    }
}
