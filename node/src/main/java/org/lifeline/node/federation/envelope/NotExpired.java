// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Duration;
import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** Refused from {@code exp} + leeway on (RFC 7519 §4.1.4); the replay cache keeps jtis exactly that long. */
record NotExpired(Duration leeway) implements EnvelopeRule<RequestEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends RequestEnvelope> envelope) {
        var exp = envelope.claims().exp();
        return envelope.now().isBefore(exp.plus(leeway))
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.EXPIRED, "expired at " + exp + ", now " + envelope.now()));
    }
}
