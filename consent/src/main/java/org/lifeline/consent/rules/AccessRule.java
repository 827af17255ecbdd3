// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.List;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.RecordRule;

/**
 * A rule that decides whether the invoked agreement, the claimed legal basis and the subject's consent cover the
 * record or a field. Access rules run after the firewall rules of the same kind, in the order listed here; the first
 * objection decides.
 */
public sealed interface AccessRule
        permits AggregateRoleGetsAggregatesOnly, AgreementCoversRequest, VitalInterestNeedsCrisis,
        ConsentCoversRequest, AggregateExcludesIdentifiers, AgreementCoversField, ConsentCoversField {

    static List<RecordRule> recordRules() {
        return List.of(new AggregateRoleGetsAggregatesOnly(), new AgreementCoversRequest(),
                new VitalInterestNeedsCrisis(), new ConsentCoversRequest());
    }

    static List<FieldRule> fieldRules() {
        return List.of(new AggregateExcludesIdentifiers(), new AgreementCoversField(), new ConsentCoversField());
    }
}
