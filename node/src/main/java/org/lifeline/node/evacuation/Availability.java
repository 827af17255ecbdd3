// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

/** An offer with its free seats at one instant, as a board (local or a peer's answer) reports it. */
public record Availability(EvacuationOffer offer, int seatsFree) {
    public Availability {
        if (seatsFree < 0 || seatsFree > offer.capacity()) {
            throw new IllegalArgumentException("offer " + offer.id() + " cannot have " + seatsFree + " free seats");
        }
    }
}
