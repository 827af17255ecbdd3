// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** {@code aud} must be this node: an envelope meant for one peer cannot be forwarded to another (RFC 7519 §4.1.3). */
record AudienceIsThisNode(String self) implements EnvelopeRule<SignedClaims> {
    @Override
    public Optional<Rejection> check(Presented<? extends SignedClaims> envelope) {
        String aud = envelope.claims().aud();
        return self.equals(aud)
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.WRONG_AUDIENCE, "envelope is for " + aud + ", not " + self));
    }
}
