// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/**
 * {@code req} must be the hash of the exact request JWS we sent and {@code reqJti} its jti, so an answer to another
 * request (or an older answer to the same question) cannot be passed off as this one.
 */
record BoundToRequest(String requestHash, String requestJti) implements EnvelopeRule<ResponseEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends ResponseEnvelope> envelope) {
        var claims = envelope.claims();
        boolean bound = requestHash.equals(claims.requestHash()) && requestJti.equals(claims.requestJti());
        return bound
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.NOT_BOUND_TO_REQUEST,
                        "response " + claims.jti() + " is not bound to request " + requestJti));
    }
}
