// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RuleId;

/**
 * Firewall rule 3: nothing about a refugee or asylum seeker reaches an authority of any state whose nationality they
 * hold, in any role and at any level, aggregates included (R34, extended from consular officials to every authority of
 * the origin state; non-refoulement, 000 L1521-1524). Dual nationals count for each nationality: we cannot tell which
 * state they fled.
 */
final class NoRefugeeDataToOriginState implements FirewallRule, RecordRule {
    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        var recipient = context.request().recipient();
        if (context.subject().refugeeOrAsylumSeeker() && recipient.isAuthorityOfAny(context.subject().nationalities())) {
            return Optional.of(Reason.of(RuleId.FIREWALL_REFUGEE_ORIGIN, "recipient " + recipient.nodeId()));
        }
        return Optional.empty();
    }
}
