// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Instant;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordRef;

/**
 * Transport capacity one provider offers (R28, shape {@code EvacuationOfferShape}): from a departure area (country or
 * admin-1) to a destination, boarding within [windowStart, windowEnd), for {@code capacity} people who meet
 * {@code eligibility}. Whether the window already lies in the past is checked when the offer is published, since that
 * needs the time.
 */
public record EvacuationOffer(String id, String providerNode, ProviderKind providerKind, String mode,
                              AreaCode departure, AreaCode destination, Instant windowStart, Instant windowEnd,
                              int capacity, Eligibility eligibility, String cost) {
    public EvacuationOffer {
        if (!RecordRef.validRecordId(id) || !RecordRef.validNodeId(providerNode)) {
            throw new IllegalArgumentException("offer id must be 1-128 of A-Z a-z 0-9 . _ : - and provider a node id");
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity of offer " + id + " must be a positive number of seats but was "
                    + capacity);
        }
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("window of offer " + id + " must end after it starts (" + windowStart
                    + " .. " + windowEnd + ")");
        }
        if (mode.isBlank() || cost.isBlank()) {
            throw new IllegalArgumentException("offer " + id + " needs a transport mode and a cost (e.g. free)");
        }
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(windowEnd);
    }
}
