// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/** Under the consent basis, the consent in force names the field (R30); consent to a field covers its generalisation. */
final class ConsentCoversField implements AccessRule, FieldRule {
    @Override
    public Optional<Reason> withholds(DecisionContext context, String field) {
        if (context.request().legalBasis() != LegalBasis.CONSENT) {
            return Optional.empty();
        }
        var consent = context.consent().inForce();
        if (consent.isEmpty()) {
            return context.consent().problem();
        }
        if (consent.get().fields().contains(field)) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RuleId.CONSENT_FIELD, consent.get().id() + " v" + consent.get().version()));
    }
}
