// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Agreements by id and consent histories by subject, as loaded from policy files. */
public record Policy(Map<String, Agreement> agreements, Map<String, ConsentHistory> consents) {
    public Policy {
        agreements = Map.copyOf(agreements);
        consents = Map.copyOf(consents);
        agreements.forEach((id, agreement) -> {
            if (!id.equals(agreement.id())) {
                throw new IllegalArgumentException("agreement " + agreement.id() + " is filed under id " + id);
            }
        });
    }

    public Optional<Agreement> agreement(String id) {
        return Optional.ofNullable(agreements.get(id));
    }

    public ConsentHistory consentOf(String subject) {
        return consents.getOrDefault(subject, ConsentHistory.none());
    }

    /**
     * The request a node builds for one record from this policy: the invoked agreement by id (empty when unknown, so
     * nothing is released) and the subject's consent history. Used by {@code lifeline policy explain}.
     */
    public DisclosureRequest request(Recipient recipient, Purpose purpose, LegalBasis basis, String agreementId,
            CrisisLevel level, Instant now, String subject) {
        return new DisclosureRequest(recipient, purpose, basis, agreement(agreementId), consentOf(subject), level, now);
    }
}
