// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.util.Optional;
import java.util.function.Predicate;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;

/**
 * One check of an envelope: empty when it passes, else the reason. A rule that cannot establish what it checks
 * (no key, no issuer entry) must return a reason, never pass (style rule 4).
 */
@FunctionalInterface
public interface EnvelopeRule<C extends SignedClaims> {
    Optional<Rejection> check(Presented<? extends C> envelope);

    /**
     * The hook for the consent engine's agreement check: {@code inForce} says whether the request's agreement is in
     * force and covers its purpose and role for its issuer. It runs only as one rule among all the others.
     */
    static EnvelopeRule<RequestEnvelope> agreementInForce(Predicate<RequestEnvelope> inForce) {
        return envelope -> inForce.test(envelope.claims())
                ? Optional.empty()
                : Optional.of(Rejection.of(RejectionCode.AGREEMENT_NOT_IN_FORCE, "agreement "
                        + envelope.claims().agreement() + " is not in force for " + envelope.claims().iss()));
    }
}
