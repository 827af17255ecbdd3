// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** The issuer must be a member of the trust list we hold, and that list must be valid now. */
record KnownIssuer() implements EnvelopeRule<SignedClaims> {
    @Override
    public Optional<Rejection> check(Presented<? extends SignedClaims> envelope) {
        return envelope.issuer().isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.UNKNOWN_ISSUER,
                        "issuer " + envelope.claims().iss() + " is not on a currently valid trust list"));
    }
}
