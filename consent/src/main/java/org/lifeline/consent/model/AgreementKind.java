// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** R36: bilateral, multilateral or ad hoc sharing; {@code https://w3id.org/lifeline/agreement-kind/<slug>}. */
public enum AgreementKind implements Concept {
    BILATERAL,
    MULTILATERAL,
    AD_HOC;

    @Override
    public String scheme() {
        return "agreement-kind";
    }
}
