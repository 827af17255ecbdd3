// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordRef;

/**
 * The acting node asks on behalf of a state without consular presence in the crisis country (unrepresented
 * migrants, R10, R38), under the delegation agreement named by {@code agreementId}. Holds and decisions carry it, so
 * the provider and the log show who acted for whom.
 */
public record Delegation(String principalState, String agreementId) {
    public Delegation {
        AreaCode.requireCountry(principalState, "delegating state");
        if (!RecordRef.validRecordId(agreementId)) {
            throw new IllegalArgumentException("delegation agreement id must be 1-128 of A-Z a-z 0-9 . _ : -");
        }
    }
}
