// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.ProtectionStatus;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RuleId;

/**
 * R34 as the seeds state it: "ensure that information on asylum seekers is not shared with consular officials"
 * (004 L533-534), whichever state the consulate serves. Overrides consular lookups in shelters (R24).
 */
final class NoAsylumSeekerDataToConsular implements FirewallRule, RecordRule {
    @Override
    public Optional<Reason> refuses(DecisionContext context) {
        boolean asylumSeeker = context.subject().protection().contains(ProtectionStatus.ASYLUM_SEEKER);
        boolean consular = context.request().recipient().role() == RecipientRole.CONSULAR_SERVICES;
        return asylumSeeker && consular ? Optional.of(Reason.of(RuleId.FIREWALL_ASYLUM_CONSULAR)) : Optional.empty();
    }
}
