// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RuleId;

/** The international-organisation-aggregate role gets "generalized information" only (R40, 004 L711-713). */
final class AggregateRoleGetsAggregatesOnly implements AccessRule, RecordRule {
    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        var request = context.request();
        if (request.recipient().role() != RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE || request.aggregate()) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RuleId.AGGREGATE_ROLE, "purpose " + request.purpose().slug()));
    }
}
