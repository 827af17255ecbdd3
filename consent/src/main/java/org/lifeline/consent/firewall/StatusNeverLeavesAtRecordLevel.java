// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/**
 * Firewall rule 2: immigration, detention and protection status never leave at record level; they may feed
 * aggregates (R32; fear of "immigration enforcement, detention and deportation", 004 L741-742; R33 status-blind data).
 */
final class StatusNeverLeavesAtRecordLevel implements FirewallRule, FieldRule {
    @Override
    public Optional<Reason> withholds(DecisionContext context, String field) {
        if (context.request().aggregate() || !FieldCatalogue.STATUS_FIELDS.contains(field)) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RuleId.FIREWALL_STATUS));
    }
}
