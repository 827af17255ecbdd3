// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Duration;
import java.util.Optional;
import org.lifeline.node.store.RecordRef;

/**
 * Ask for {@code seats} on an offer for one evacuation request, acting as {@code actingNode} (optionally on behalf of
 * another state). With {@code partialAllowed}, fewer seats than asked may be granted; otherwise all or nothing. The
 * hold lasts {@code ttl} unless committed, and never beyond the offer's window.
 */
public record HoldRequest(String offerId, String requestId, String actingNode, Optional<Delegation> onBehalfOf,
                          int seats, boolean partialAllowed, Duration ttl) {
    public HoldRequest {
        if (!RecordRef.validRecordId(offerId) || !RecordRef.validRecordId(requestId)
                || !RecordRef.validNodeId(actingNode)) {
            throw new IllegalArgumentException("offer and request ids must be record ids and the actor a node id");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("a hold must ask for at least 1 seat but asked for " + seats);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a hold must last a positive time but ttl was " + ttl);
        }
    }
}
