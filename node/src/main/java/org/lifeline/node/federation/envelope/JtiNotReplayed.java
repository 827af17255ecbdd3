// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/**
 * The (issuer, jti) pair must not have been accepted before. This rule only reads the cache; the verifier records
 * the pair after every rule passed, so forged or refused envelopes cannot burn a jti.
 */
record JtiNotReplayed(ReplayCache cache) implements EnvelopeRule<RequestEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends RequestEnvelope> envelope) {
        var claims = envelope.claims();
        return cache.contains(claims.iss(), claims.jti())
                ? Optional.of(replayed(claims))
                : Optional.empty();
    }

    static Rejection replayed(RequestEnvelope claims) {
        return Rejection.of(RejectionCode.REPLAYED, "jti " + claims.jti() + " of " + claims.iss() + " was seen before");
    }
}
