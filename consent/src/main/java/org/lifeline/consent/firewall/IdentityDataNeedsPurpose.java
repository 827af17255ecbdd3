// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.Optional;
import java.util.Set;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/**
 * Firewall rule 4: document numbers and exact addresses leave only for purposes that need them (document replacement,
 * consular assistance) and only on the basis of consent; the consent rules then check the consent covers the field.
 * Identifying information is "not requested or sought" in emergency services (R32, 000 L1421-1422).
 */
final class IdentityDataNeedsPurpose implements FirewallRule, FieldRule {
    private static final Set<Purpose> NEEDING =
            Set.of(Purpose.IDENTITY_DOCUMENT_REPLACEMENT, Purpose.CONSULAR_ASSISTANCE);

    @Override
    public Optional<Reason> withholds(DecisionContext context, String field) {
        if (!FieldCatalogue.IDENTITY_FIELDS.contains(field)) {
            return Optional.empty();
        }
        var request = context.request();
        if (!NEEDING.contains(request.purpose())) {
            return Optional.of(Reason.of(RuleId.FIREWALL_IDENTITY, "purpose " + request.purpose().slug()));
        }
        if (request.legalBasis() != LegalBasis.CONSENT) {
            return Optional.of(Reason.of(RuleId.FIREWALL_IDENTITY, "legal basis " + request.legalBasis().slug()));
        }
        return Optional.empty();
    }
}
