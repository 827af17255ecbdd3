// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.List;
import org.lifeline.consent.model.FieldRule;

/**
 * A rule no agreement and no consent can override (architecture.md, "Consent and firewall model"; digest R32-R34).
 * The engine runs every firewall rule before any agreement or consent rule, in {@link #all()} order.
 */
public sealed interface FirewallRule extends FieldRule
        permits NoRecordLevelToEnforcement, NoRefugeeDataToOriginState, NoAsylumSeekerDataToConsular,
        ChildDataOnlyToTracingAndConsular, StatusNeverLeavesAtRecordLevel, IdentityDataNeedsPurpose {

    /** Record-level rules first, so a refused record is explained by the rule that refused it. */
    static List<FirewallRule> all() {
        return List.of(new NoRecordLevelToEnforcement(), new NoRefugeeDataToOriginState(),
                new NoAsylumSeekerDataToConsular(), new ChildDataOnlyToTracingAndConsular(),
                new StatusNeverLeavesAtRecordLevel(), new IdentityDataNeedsPurpose());
    }
}
