// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** The claimed recipient role must be one the trust list lets this issuer claim; unknown issuers may claim none. */
record RoleAllowedForIssuer() implements EnvelopeRule<RequestEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends RequestEnvelope> envelope) {
        var claims = envelope.claims();
        boolean allowed = envelope.issuer().map(m -> m.mayClaim(claims.role())).orElse(false);
        return allowed
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.ROLE_NOT_ALLOWED,
                        "issuer " + claims.iss() + " may not claim role " + claims.role()));
    }
}
