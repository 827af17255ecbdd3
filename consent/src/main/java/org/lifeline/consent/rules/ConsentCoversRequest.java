// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RuleId;

/**
 * Under the consent basis, the subject's consent must be in force (intact history, given, not expired, not withdrawn)
 * and cover the purpose and the recipient, by node id or by role (R30: "only shared with the consent of those
 * affected", 003 L118).
 */
final class ConsentCoversRequest implements AccessRule, RecordRule {
    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        var request = context.request();
        if (request.legalBasis() != LegalBasis.CONSENT) {
            return Optional.empty();
        }
        if (context.consent().problem().isPresent()) {
            return context.consent().problem();
        }
        ConsentRecord consent = context.consent().inForce().orElseThrow();
        String label = consent.id() + " v" + consent.version();
        if (!consent.purposes().contains(request.purpose())) {
            return Optional.of(Reason.of(RuleId.CONSENT_PURPOSE, label + ", purpose " + request.purpose().slug()));
        }
        if (!consent.coversRecipient(request.recipient())) {
            return Optional.of(Reason.of(RuleId.CONSENT_RECIPIENT, label + ", recipient " + request.recipient().nodeId()));
        }
        return Optional.empty();
    }
}
