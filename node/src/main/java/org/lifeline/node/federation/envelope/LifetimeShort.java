// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Duration;
import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** exp - iat must not exceed the configured maximum: long-lived requests widen the replay window. */
record LifetimeShort(Duration maxLifetime) implements EnvelopeRule<RequestEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends RequestEnvelope> envelope) {
        var lifetime = Duration.between(envelope.claims().iat(), envelope.claims().exp());
        return lifetime.compareTo(maxLifetime) > 0
                ? Optional.of(Rejection.of(RejectionCode.LIFETIME_TOO_LONG,
                        "lifetime " + lifetime + " exceeds " + maxLifetime))
                : Optional.empty();
    }
}
