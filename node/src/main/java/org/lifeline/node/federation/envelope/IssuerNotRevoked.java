// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/**
 * The issuer's membership must be unrevoked and inside its validity now. An absent issuer is {@link KnownIssuer}'s
 * reason, which every verifier runs; this rule does not repeat it as "revoked".
 */
record IssuerNotRevoked() implements EnvelopeRule<SignedClaims> {
    @Override
    public Optional<Rejection> check(Presented<? extends SignedClaims> envelope) {
        if (envelope.issuer().isEmpty()) {
            return Optional.empty();
        }
        Member member = envelope.issuer().get();
        if (member.isRevokedAt(envelope.now())) {
            return Optional.of(Rejection.of(RejectionCode.REVOKED_ISSUER, "issuer " + member.nodeId()
                    + " was revoked at " + member.revokedAt().orElseThrow()));
        }
        if (!member.isWithinValidity(envelope.now())) {
            return Optional.of(Rejection.of(RejectionCode.ISSUER_NOT_CURRENT, "membership of " + member.nodeId()
                    + " is valid " + member.validFrom() + " .. " + member.validUntil()));
        }
        return Optional.empty();
    }
}
