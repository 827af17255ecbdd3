// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rules;

import java.util.List;
import org.lifeline.consent.model.FieldRule;

/**
 * A rule that decides whether the invoked agreement, the claimed legal basis and the subject's consent cover a field.
 * Access rules run after the firewall, in {@link #all()} order; the first objection decides the field.
 */
public sealed interface AccessRule extends FieldRule
        permits AggregateRoleGetsAggregatesOnly, AgreementCoversRequest, VitalInterestNeedsCrisis,
        ConsentCoversRequest, AggregateExcludesIdentifiers, AgreementCoversField, ConsentCoversField {

    /** Record-level rules first, then field-level ones. */
    static List<AccessRule> all() {
        return List.of(new AggregateRoleGetsAggregatesOnly(), new AgreementCoversRequest(),
                new VitalInterestNeedsCrisis(), new ConsentCoversRequest(), new AggregateExcludesIdentifiers(),
                new AgreementCoversField(), new ConsentCoversField());
    }
}
