// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** Values of {@code ll:protectionStatus}; {@code https://w3id.org/lifeline/protection-status/<slug>}. */
public enum ProtectionStatus implements Concept {
    REFUGEE,
    ASYLUM_SEEKER,
    STATELESS,
    TEMPORARY_PROTECTION,
    HUMANITARIAN_STATUS;

    @Override
    public String scheme() {
        return "protection-status";
    }
}
