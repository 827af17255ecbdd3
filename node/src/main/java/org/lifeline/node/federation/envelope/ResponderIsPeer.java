// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/** A response must come from the peer the request was addressed to. */
record ResponderIsPeer(String peer) implements EnvelopeRule<ResponseEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends ResponseEnvelope> envelope) {
        String iss = envelope.claims().iss();
        return peer.equals(iss)
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.UNEXPECTED_RESPONDER,
                        "response issued by " + iss + ", request was sent to " + peer));
    }
}
