// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Duration;
import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** {@code iat} may be ahead of our clock by at most the leeway; later means a wrong clock or a pre-made envelope. */
record IssuedAtNotInFuture(Duration leeway) implements EnvelopeRule<SignedClaims> {
    @Override
    public Optional<Rejection> check(Presented<? extends SignedClaims> envelope) {
        var iat = envelope.claims().iat();
        return iat.isAfter(envelope.now().plus(leeway))
                ? Optional.of(Rejection.of(RejectionCode.ISSUED_IN_FUTURE,
                        "iat " + iat + " is after now " + envelope.now() + " + leeway " + leeway))
                : Optional.empty();
    }
}
