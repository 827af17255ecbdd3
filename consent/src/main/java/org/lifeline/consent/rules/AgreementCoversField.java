// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/** The agreement names the field, to release as stored or generalised (R10: "categories covered", 000 L537). */
final class AgreementCoversField implements AccessRule, FieldRule {
    @Override
    public Optional<Reason> withholds(DecisionContext context, String field) {
        var agreement = context.request().agreement();
        if (agreement.isEmpty()) {
            return Optional.of(Reason.of(RuleId.AGREEMENT_MISSING));
        }
        if (agreement.get().covers(field)) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RuleId.AGREEMENT_FIELD, agreement.get().id()));
    }
}
