// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/**
 * The mTLS client certificate must be one the trust list pins for {@code iss}: member A cannot relay (or replay
 * elsewhere) an envelope signed by member B over A's own connection. No client certificate means rejection.
 */
record TlsPeerMatchesIssuer() implements EnvelopeRule<RequestEnvelope> {
    @Override
    public Optional<Rejection> check(Presented<? extends RequestEnvelope> envelope) {
        String iss = envelope.claims().iss();
        boolean matches = envelope.tlsPeer()
                .flatMap(peer -> envelope.issuer().map(m -> m.tlsCertificates().contains(peer)))
                .orElse(false);
        return matches
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.TLS_PEER_MISMATCH, "TLS client certificate "
                        + envelope.tlsPeer().map(Object::toString).orElse("(none)") + " is not pinned for " + iss));
    }
}
