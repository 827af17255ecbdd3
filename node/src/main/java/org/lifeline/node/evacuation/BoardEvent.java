// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Instant;

/**
 * A change of board state as journaled: the board appends the event durably, then applies it; opening the board
 * applies the journal again in order. Expiry is not an event: it follows from a hold's {@code expires} and the time
 * of the next event, so replay reproduces it exactly.
 */
public sealed interface BoardEvent {
    Instant at();

    record OfferPublished(EvacuationOffer offer, Instant at) implements BoardEvent {
    }

    record HoldPlaced(Hold hold) implements BoardEvent {
        @Override
        public Instant at() {
            return hold.placed();
        }
    }

    /** COMMITTED, FULFILLED or RELEASED. */
    record HoldMoved(String holdId, HoldState to, Instant at) implements BoardEvent {
        public HoldMoved {
            if (to == HoldState.HELD || to == HoldState.EXPIRED) {
                throw new IllegalArgumentException("a hold moves to committed, fulfilled or released, not " + to);
            }
        }
    }
}
