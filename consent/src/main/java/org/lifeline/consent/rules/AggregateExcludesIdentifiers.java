// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/** Names, contacts, addresses and document numbers never become aggregate dimensions (R40 "generalized information"). */
final class AggregateExcludesIdentifiers implements AccessRule, FieldRule {
    @Override
    public Optional<Reason> withholds(DecisionContext context, String field) {
        if (context.request().aggregate() && FieldCatalogue.isIdentifying(field)) {
            return Optional.of(Reason.of(RuleId.AGGREGATE_IDENTIFIER));
        }
        return Optional.empty();
    }
}
