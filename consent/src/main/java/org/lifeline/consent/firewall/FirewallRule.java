// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.firewall;

import java.util.List;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.RecordRule;

/**
 * A rule no agreement and no consent can override (architecture.md, "Consent and firewall model"; digest R32-R34).
 * Each is a {@link RecordRule} or a {@link FieldRule}; the engine runs firewall rules before the access rules of the
 * same kind, so a refusal names the firewall whenever the firewall refuses.
 */
public sealed interface FirewallRule
        permits NoRecordLevelToEnforcement, NoRefugeeDataToOriginState, NoAsylumSeekerDataToConsular,
        ChildDataOnlyToTracingAndConsular, StatusNeverLeavesAtRecordLevel, IdentityDataNeedsPurpose {

    static List<RecordRule> recordRules() {
        return List.of(new NoRecordLevelToEnforcement(), new NoRefugeeDataToOriginState(),
                new NoAsylumSeekerDataToConsular(), new ChildDataOnlyToTracingAndConsular());
    }

    static List<FieldRule> fieldRules() {
        return List.of(new StatusNeverLeavesAtRecordLevel(), new IdentityDataNeedsPurpose());
    }
}
