// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** Why a recipient asks (DPV purpose); {@code https://w3id.org/lifeline/purpose/<slug>}. */
public enum Purpose implements Concept {
    FAMILY_TRACING,
    CONSULAR_ASSISTANCE,
    EVACUATION,
    IDENTITY_DOCUMENT_REPLACEMENT,
    HUMANITARIAN_ASSISTANCE,
    /** The only purpose served at aggregate level: released values feed counts, never leave as records. */
    AGGREGATE_STATISTICS,
    AUDIT;

    @Override
    public String scheme() {
        return "purpose";
    }
}
