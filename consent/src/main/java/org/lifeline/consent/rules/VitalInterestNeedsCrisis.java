// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import java.util.Set;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RuleId;

/**
 * Vital interest stands in for consent only to trace families or evacuate (R22, R23, R26), and only while an alert of
 * level 3 (voluntary repatriation) or 4 (evacuation) is in force for the record's area (R17, 002 L84).
 */
final class VitalInterestNeedsCrisis implements AccessRule, RecordRule {
    private static final Set<Purpose> PURPOSES = Set.of(Purpose.FAMILY_TRACING, Purpose.EVACUATION);
    private static final int MIN_LEVEL = 3;

    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        var request = context.request();
        if (request.legalBasis() != LegalBasis.VITAL_INTEREST) {
            return Optional.empty();
        }
        if (!PURPOSES.contains(request.purpose())) {
            return Optional.of(Reason.of(RuleId.VITAL_INTEREST_PURPOSE, "purpose " + request.purpose().slug()));
        }
        if (!request.crisisLevel().atLeast(MIN_LEVEL)) {
            return Optional.of(Reason.of(RuleId.VITAL_INTEREST_LEVEL, "level in force " + request.crisisLevel().value()));
        }
        return Optional.empty();
    }
}
