// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.DisclosureRequest;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RuleId;

/**
 * Sharing happens under an agreement (R36): it must be invoked, in force at decision time, name the recipient as a
 * party and cover its role, the purpose and the claimed legal basis. An expired or not-yet-valid agreement covers
 * nothing.
 */
final class AgreementCoversRequest implements AccessRule, RecordRule {
    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        DisclosureRequest request = context.request();
        if (request.agreement().isEmpty()) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_MISSING));
        }
        Agreement agreement = request.agreement().get();
        String id = agreement.id();
        if (!agreement.inForceAt(request.now())) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_NOT_IN_FORCE,
                    id + " valid from " + agreement.validFrom() + " until " + agreement.validUntil()));
        }
        if (!agreement.parties().contains(request.recipient().nodeId())) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_PARTY, id + ", recipient " + request.recipient().nodeId()));
        }
        if (!agreement.roles().contains(request.recipient().role())) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_ROLE, id + ", role " + request.recipient().role().slug()));
        }
        if (!agreement.purposes().contains(request.purpose())) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_PURPOSE, id + ", purpose " + request.purpose().slug()));
        }
        if (!agreement.legalBases().contains(request.legalBasis())) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_BASIS, id + ", basis " + request.legalBasis().slug()));
        }
        return Optional.empty();
    }
}
