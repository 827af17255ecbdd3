// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.Optional;
import java.util.Set;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RuleId;

/**
 * Firewall rule 5: record-level data about a child (or someone who may be one) goes only to tracing and consular
 * roles, which serve family unity (R23, 000 L1461-1462). Aggregates by age band stay possible (R15 asks for them).
 */
final class ChildDataOnlyToTracingAndConsular implements FirewallRule, RecordRule {
    private static final Set<RecipientRole> ALLOWED =
            Set.of(RecipientRole.HUMANITARIAN_TRACING, RecipientRole.CONSULAR_SERVICES);

    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        var role = context.request().recipient().role();
        if (context.request().aggregate() || !context.subject().possiblyChild() || ALLOWED.contains(role)) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(RuleId.FIREWALL_CHILD, "role " + role.slug()));
    }
}
