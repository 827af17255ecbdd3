// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RuleId;

/**
 * Firewall rule 1: immigration and law enforcement get nothing at record level, whatever agreement they invoke
 * (R32: "firewalls between immigration enforcement activities and access to humanitarian services", 000 L1420-1424).
 */
final class NoRecordLevelToEnforcement implements FirewallRule, RecordRule {
    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        var request = context.request();
        if (request.aggregate() || !request.recipient().role().isEnforcement()) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RuleId.FIREWALL_ENFORCEMENT, "role " + request.recipient().role().slug()));
    }
}
