// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Instant;
import java.util.Optional;

/**
 * Seats held on one offer for one request. {@code seats} is what was granted (possibly fewer than asked); the id is
 * {@code <offerId>:h<n>}, assigned in order per offer so a replayed journal gives the same ids.
 */
public record Hold(String id, String offerId, String requestId, String actingNode, Optional<Delegation> onBehalfOf,
                   int seats, Instant placed, Instant expires, HoldState state) {
    public Hold {
        if (seats < 1 || !expires.isAfter(placed)) {
            throw new IllegalArgumentException("hold " + id + " needs at least one seat and must expire after it is"
                    + " placed");
        }
    }

    Hold in(HoldState next) {
        return new Hold(id, offerId, requestId, actingNode, onBehalfOf, seats, placed, expires, next);
    }

    /** HELD and past its expiry: the seats are free again, whether or not the ledger has noticed yet. */
    boolean lapsedAt(Instant now) {
        return state == HoldState.HELD && !now.isBefore(expires);
    }
}
