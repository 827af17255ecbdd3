// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** Claimed ground for a disclosure (DPV legal basis); {@code https://w3id.org/lifeline/legal-basis/<slug>}. */
public enum LegalBasis implements Concept {
    /** The subject's recorded consent must cover purpose, recipient and each field. */
    CONSENT,
    /** A legal obligation between the parties of the invoked agreement; the agreement alone decides. */
    AGREEMENT,
    /** Only for family tracing and evacuation, only while an alert of level 3 or 4 is in force for the area. */
    VITAL_INTEREST;

    @Override
    public String scheme() {
        return "legal-basis";
    }
}
