// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** The capacity in which a federation member receives data; {@code https://w3id.org/lifeline/role/<slug>}. */
public enum RecipientRole implements Concept {
    CONSULAR_SERVICES,
    CIVIL_PROTECTION,
    HUMANITARIAN_TRACING,
    HUMANITARIAN_ASSISTANCE,
    EVACUATION_COORDINATION,
    INTERNATIONAL_ORGANISATION_AGGREGATE,
    AUDITOR,
    IMMIGRATION_ENFORCEMENT,
    LAW_ENFORCEMENT;

    @Override
    public String scheme() {
        return "role";
    }

    /** Firewall rule 1 (R32): roles that receive nothing at record level. */
    public boolean isEnforcement() {
        return this == IMMIGRATION_ENFORCEMENT || this == LAW_ENFORCEMENT;
    }
}
